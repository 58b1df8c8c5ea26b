// A share of one file shows the file itself — picture, PDF, text, Markdown… in the viewer the
// catalogue picks (features/viewers, read-only) — under the share's header (owner, counters), with
// its name, size, Download and a full-screen view. Loaded only for such shares.
import { Suspense, lazy } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, CircularProgress, Typography } from "@mui/material";
import DownloadIcon from "@mui/icons-material/FileDownloadOutlined";
import FullscreenIcon from "@mui/icons-material/FullscreenOutlined";
import type { FileResponse } from "../../../api/queries/files";
import { formatBytes, formatDate } from "../../../lib/format";

const InlineViewer = lazy(() => import("../../viewers/InlineViewer"));

export interface SingleFilePreviewProps {
  file: FileResponse;
  contextHint: string | undefined;
  groupPermission: string | undefined;
  download: () => void;
  /** Opens the file in its full-screen viewer. */
  open: () => void;
}

export default function SingleFilePreview({ file, contextHint, groupPermission, download, open }: SingleFilePreviewProps) {
  const { t, i18n } = useTranslation("viewers");
  return (
    <Box
      component="section"
      aria-label={t("viewers:share.preview", { name: file.name })}
      sx={{ p: { xs: 1, sm: 2 }, display: "flex", flexDirection: "column", gap: 1.5, minHeight: 0 }}
    >
      <Box sx={{ height: { xs: "60vh", md: "70vh" }, minHeight: 240, display: "flex", flexDirection: "column" }}>
        <Suspense
          fallback={
            <Box sx={{ flex: 1, display: "grid", placeItems: "center" }}>
              <CircularProgress aria-label={t("viewers:frame.loading")} />
            </Box>
          }
        >
          <InlineViewer file={file} contextHint={contextHint} groupPermission={groupPermission} download={download} />
        </Suspense>
      </Box>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
        <Box sx={{ flex: "1 1 200px", minWidth: 0 }}>
          <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 500, overflowWrap: "anywhere" }}>
            <bdi>{file.name}</bdi>
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {formatBytes(file.size, i18n.language)} · {formatDate(file.updated_at, i18n.language)}
          </Typography>
        </Box>
        <Button variant="outlined" startIcon={<FullscreenIcon aria-hidden />} onClick={open}>
          {t("viewers:share.fullScreen")}
        </Button>
        <Button variant="contained" startIcon={<DownloadIcon aria-hidden />} onClick={download}>
          {t("viewers:frame.download")}
        </Button>
      </Box>
    </Box>
  );
}
