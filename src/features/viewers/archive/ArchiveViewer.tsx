// An archive's contents without downloading it: the zip's central directory is read from the end of
// the file by HTTP range requests on its signed URL (a few kilobytes even for gigabytes; storage
// that refuses ranges gets one whole download instead, see source.ts), shown as folders to browse,
// with "Extract to…" handing the archive to the server's extract task. The community server has
// no listing API of its own (docs/server-behaviour.md).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, CircularProgress, Typography } from "@mui/material";
import UnarchiveIcon from "@mui/icons-material/UnarchiveOutlined";
import { describeError } from "../../../api/errors";
import { fileKeys } from "../../../api/queries/files";
import { userQueries } from "../../../api/queries/user";
import { useCurrentSession } from "../../../shared/useSession";
import { formatBytes } from "../../../lib/format";
import { tryParseUri } from "../../../lib/uri";
import { canExtractArchive, extractArchive, whenTaskEnds } from "../../tasks";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import type { ViewerProps } from "../types";
import { ArchiveTable } from "./ArchiveTable";
import { findFolder } from "./tree";
import { useArchive } from "./useArchive";

export default function ArchiveViewer(p: ViewerProps) {
  const { t, i18n } = useTranslation(["documents", "viewers"]);
  const qc = useQueryClient();
  const session = useCurrentSession();
  const me = useQuery({ ...userQueries.me(), placeholderData: session?.user, enabled: Boolean(session) });
  const uri = p.file.path ?? "";
  const { root, error, whole } = useArchive(p);
  const [path, setPath] = useState("");
  const [all, setAll] = useState(false);
  const folder = root ? findFolder(root, path) : undefined;
  const go = (to: string) => {
    setPath(to);
    setAll(false);
  };

  const parent = tryParseUri(uri)?.parent()?.toString();
  const groupPermission = (me.data ?? session?.user)?.group?.permission ?? undefined;
  const extractable = p.mode === "dialog" && Boolean(session) && !p.version && Boolean(parent) && canExtractArchive({ groupPermission, files: [p.file] });
  const extract = async () => {
    const task = await extractArchive({ uri, folder: parent! });
    // The dialog tells that the task started; the listings show its files once it ends.
    if (task) whenTaskEnds(task, () => void qc.invalidateQueries({ queryKey: fileKeys.lists() }));
  };

  return (
    <ViewerFrame
      {...frameProps(p)}
      actions={
        extractable && (
          <Button color="inherit" startIcon={<UnarchiveIcon aria-hidden />} onClick={() => void extract()}>
            {t("documents:archive.extract")}
          </Button>
        )
      }
    >
      {error ? (
        <Alert severity="error" sx={{ m: 2 }}>
          {t("documents:archive.failed", { reason: describeError(error, t) })}
        </Alert>
      ) : !root || !folder ? (
        <Box sx={{ flex: 1, display: "grid", placeItems: "center", alignContent: "center", gap: 2, p: 2, textAlign: "center" }}>
          <CircularProgress aria-label={t("viewers:frame.loading")} />
          {whole && (
            <Typography role="status" color="text.secondary" sx={{ maxWidth: 480 }}>
              {t("documents:archive.whole", { size: formatBytes(p.file.size, i18n.language) })}
            </Typography>
          )}
        </Box>
      ) : (
        <ArchiveTable archiveName={p.file.name} root={root} folder={folder} path={path} go={go} all={all} showAll={() => setAll(true)} />
      )}
    </ViewerFrame>
  );
}
