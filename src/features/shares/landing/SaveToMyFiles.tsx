import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, Link } from "@mui/material";
import SaveIcon from "@mui/icons-material/BookmarkAddOutlined";
import { describeError } from "../../../api/errors";
import { fileKeys } from "../../../api/queries/files";
import { saveShareShortcut } from "../../../api/queries/shareLanding";
import type { Share } from "../../../api/queries/shares";
import { CrUri, parseUri, shareUri } from "../../../lib/uri";
import { dialogs } from "../../explorer";
import { landingHref } from "./href";

const SHARED_WITH_ME = "cloudreve://shared_with_me";
const MY_FILES = new CrUri({ fs: "my", segments: [] });
// The picker lists folders a page at a time; the server caps the page size at its own maximum.
const PICKER_PAGE_SIZE = 200;

/**
 * Saves the share as a shortcut in a folder of My files the visitor chooses: a file shortcut for a
 * shared file, a folder shortcut for a shared folder. It then also shows up under Shared with me.
 * One's own share is not saved (the legacy code 40059 says why).
 */
export default function SaveToMyFiles({ share, isOwner }: { share: Share; isOwner: boolean }) {
  const { t } = useTranslation("shares");
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: saveShareShortcut,
    onSuccess: (_, { uri }) => void queryClient.invalidateQueries({ queryKey: fileKeys.folder(parseUri(uri).parent().toString()) }),
  });
  if (isOwner) {
    return (
      <Alert severity="info" sx={{ py: 0 }}>
        {t("errors:40059")} {t("save.ownHint")}
      </Alert>
    );
  }
  const choose = async () => {
    const folder = await dialogs.pickFolder({
      title: t("save.pickTitle"),
      confirmLabel: t("save.here"),
      start: MY_FILES,
      exclude: [],
      maxPageSize: PICKER_PAGE_SIZE,
    });
    if (!folder) return;
    save.reset();
    save.mutate({
      share,
      target: shareUri(share.id, share.password).toString(),
      uri: parseUri(folder)
        .join(share.name || share.id)
        .toString(),
    });
  };
  const savedIn = save.isSuccess ? parseUri(save.variables.uri).parent() : undefined;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1, alignItems: "flex-end" }}>
      {savedIn ? (
        <Alert severity="success" sx={{ py: 0 }}>
          {t("save.doneIn", { folder: savedIn.name || t("save.myFiles") })}{" "}
          <Link component={RouterLink} to={landingHref(savedIn.toString())} color="inherit" sx={{ fontWeight: 500 }}>
            {t("save.openFolder")}
          </Link>
          {" · "}
          <Link component={RouterLink} to={landingHref(SHARED_WITH_ME)} color="inherit" sx={{ fontWeight: 500 }}>
            {t("save.open")}
          </Link>
        </Alert>
      ) : (
        <Button variant="outlined" startIcon={<SaveIcon aria-hidden />} onClick={() => void choose()} loading={save.isPending}>
          {t("save.button")}
        </Button>
      )}
      {save.isError && (
        <Alert severity="error" sx={{ py: 0 }}>
          {describeError(save.error, t)}
        </Alert>
      )}
    </Box>
  );
}
