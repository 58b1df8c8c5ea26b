import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { Alert, Box, Button, Link } from "@mui/material";
import SaveIcon from "@mui/icons-material/BookmarkAddOutlined";
import { api, unwrap } from "../../../api/client";
import { describeError } from "../../../api/errors";
import type { Share } from "../../../api/queries/shares";
import { CrUri, shareUri } from "../../../lib/uri";
import { landingHref } from "./href";

const SHARED_WITH_ME = "cloudreve://shared_with_me";

/**
 * Saves the share as a shortcut folder in My files (contract §9.7): it then shows up under Shared
 * with me. One's own share is not saved (the legacy code 40059 says why).
 */
export default function SaveToMyFiles({ share, isOwner }: { share: Share; isOwner: boolean }) {
  const { t } = useTranslation("shares");
  const [state, setState] = useState<{ kind: "idle" | "busy" | "done" } | { kind: "error"; message: string }>({ kind: "idle" });
  if (isOwner) {
    return (
      <Alert severity="info" sx={{ py: 0 }}>
        {t("errors:40059")} {t("save.ownHint")}
      </Alert>
    );
  }
  const save = async () => {
    setState({ kind: "busy" });
    try {
      await unwrap(
        api.POST("/file/create", {
          body: {
            type: "folder",
            uri: new CrUri({ fs: "my", segments: [share.name || share.id] }).toString(),
            metadata: { "sys:shared_redirect": shareUri(share.id, share.password).toString(), "sys:shared_owner": share.owner.id },
            err_on_conflict: true,
          },
        }),
      );
      setState({ kind: "done" });
    } catch (e) {
      setState({ kind: "error", message: describeError(e, t) });
    }
  };
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1, alignItems: "flex-end" }}>
      {state.kind === "done" ? (
        <Alert severity="success" sx={{ py: 0 }}>
          {t("save.done")}{" "}
          <Link component={RouterLink} to={landingHref(SHARED_WITH_ME)}>
            {t("save.open")}
          </Link>
        </Alert>
      ) : (
        <Button variant="outlined" startIcon={<SaveIcon aria-hidden />} onClick={() => void save()} disabled={state.kind === "busy"}>
          {t("save.button")}
        </Button>
      )}
      {state.kind === "error" && (
        <Alert severity="error" sx={{ py: 0 }}>
          {state.message}
        </Alert>
      )}
    </Box>
  );
}
