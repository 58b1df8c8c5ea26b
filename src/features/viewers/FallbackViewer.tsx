// What a viewer this app does not render yet shows: what the file is, why it is not shown here, and
// the ways to get it — download, or the browser's own tab for content that cannot run script in our
// origin (safety.ts).
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { Box, Button, Typography } from "@mui/material";
import DownloadIcon from "@mui/icons-material/FileDownloadOutlined";
import OpenIcon from "@mui/icons-material/OpenInNewOutlined";
import FileIcon from "@mui/icons-material/InsertDriveFileOutlined";
import { fileUrl } from "../../api/queries/viewers";
import { formatBytes } from "../../lib/format";
import { useToast } from "../../shared/toast";
import { describeError } from "../../api/errors";
import { ViewerFrame } from "./frame/ViewerFrame";
import { frameProps } from "./frame/frameProps";
import { viewerName } from "./names";
import { isActiveContent } from "./safety";
import type { ViewerProps } from "./types";

export default function FallbackViewer(p: ViewerProps) {
  const { file, viewer, version, mode, contextHint, download } = p;
  const { t, i18n } = useTranslation("viewers");
  const toast = useToast();
  const qc = useQueryClient();
  const uri = file.path ?? "";
  const inTab = !isActiveContent(file.name);
  const openInTab = async () => {
    // Opened at once so the popup blocker sees the click; pointed at the URL once it is known.
    const win = window.open("about:blank", "_blank");
    try {
      const { url } = await fileUrl(uri, { entity: version, contextHint });
      if (!url) throw new Error("no URL");
      if (win) {
        win.opener = null;
        win.location.href = url;
      } else window.location.assign(url);
      void qc.invalidateQueries({ queryKey: ["shares", "info"] });
    } catch (e) {
      win?.close();
      toast({ severity: "error", message: t("fallback.openFailed", { reason: describeError(e, t) }) });
    }
  };
  const note = viewer.id ? t("fallback.notYet", { app: viewerName(viewer, t) }) : t("fallback.noViewer");
  return (
    <ViewerFrame {...frameProps(p)}>
      <Box sx={{ flex: 1, display: "grid", placeItems: "center", p: 3, textAlign: "center" }}>
        <Box sx={{ maxWidth: 440 }}>
          <FileIcon sx={{ fontSize: 64, color: "text.secondary" }} aria-hidden />
          <Typography variant="h6" component="p" sx={{ mt: 1, overflowWrap: "anywhere" }}>
            <bdi>{file.name}</bdi>
          </Typography>
          <Typography color="text.secondary">{formatBytes(file.size, i18n.language)}</Typography>
          <Typography sx={{ mt: 2 }}>{note}</Typography>
          {!inTab && (
            <Typography sx={{ mt: 1 }} color="text.secondary">
              {t("fallback.activeContent")}
            </Typography>
          )}
          <Box sx={{ mt: 2, display: "flex", gap: 1, justifyContent: "center", flexWrap: "wrap" }}>
            {/* Shown inline (a shared file's page), the page's own Download button is beside it. */}
            {mode === "dialog" && (
              <Button variant="contained" startIcon={<DownloadIcon aria-hidden />} onClick={download}>
                {t("frame.download")}
              </Button>
            )}
            {inTab && (
              <Button variant="outlined" startIcon={<OpenIcon aria-hidden />} onClick={() => void openInTab()}>
                {t("fallback.openInTab")}
              </Button>
            )}
          </Box>
        </Box>
      </Box>
    </ViewerFrame>
  );
}
