import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Box, Dialog, IconButton, Tooltip, Typography } from "@mui/material";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import DownloadIcon from "@mui/icons-material/FileDownloadOutlined";

export interface ViewerFrameProps {
  title: string;
  mode: "dialog" | "inline";
  close: () => void;
  download?: (() => void) | undefined;
  /** Buttons of the viewer (edit, save…), before Download. */
  actions?: ReactNode;
  /** A line under the title bar (read-only notice, errors). */
  notice?: ReactNode;
  children: ReactNode;
  /** Keys the viewer handles itself anywhere in the frame (Ctrl+S). */
  onKeyDown?: (e: React.KeyboardEvent) => void;
}

/**
 * The surface of a viewer: a full-screen dialog named by the file (close, the viewer's buttons,
 * download), or a framed panel inside a page. Escape closes the dialog unless the viewer used the
 * key itself (an editor's search panel).
 */
export function ViewerFrame({ title, mode, close, download, actions, notice, children, onKeyDown }: ViewerFrameProps) {
  const { t } = useTranslation("viewers");
  const titleId = `${useId()}-title`;
  const buttons = (
    <>
      {actions}
      {download && (
        <Tooltip title={t("frame.download")}>
          <IconButton color="inherit" onClick={download} aria-label={t("frame.download")}>
            <DownloadIcon />
          </IconButton>
        </Tooltip>
      )}
    </>
  );
  if (mode === "inline") {
    return (
      <Box
        component="section"
        aria-label={title}
        onKeyDown={onKeyDown}
        sx={{ display: "flex", flexDirection: "column", border: 1, borderColor: "divider", borderRadius: 1, overflow: "hidden", height: "100%", minHeight: 0 }}
      >
        {(actions || notice) && (
          <Box sx={{ display: "flex", justifyContent: "flex-end", alignItems: "center", gap: 1, px: 1, py: 0.5, borderBottom: 1, borderColor: "divider" }}>
            {actions}
          </Box>
        )}
        {notice}
        <Box sx={{ flex: 1, minHeight: 0, display: "flex", flexDirection: "column" }}>{children}</Box>
      </Box>
    );
  }
  return (
    <Dialog
      open
      fullScreen
      aria-labelledby={titleId}
      onClose={(e: Partial<Event>, reason) => {
        if (reason === "escapeKeyDown" && e.defaultPrevented) return;
        close();
      }}
      slotProps={{ paper: { onKeyDown } }}
    >
      {/* A plain bar rather than AppBar/Toolbar: those are split out of the shell's chunk otherwise. */}
      <Box
        sx={{
          display: "flex",
          alignItems: "center",
          gap: 1,
          minHeight: 48,
          px: { xs: 0.5, sm: 1 },
          borderBottom: 1,
          borderColor: "divider",
          bgcolor: "background.paper",
        }}
      >
        <Tooltip title={t("frame.close")}>
          <IconButton edge="start" color="inherit" onClick={close} aria-label={t("frame.close")}>
            <CloseIcon />
          </IconButton>
        </Tooltip>
        <Typography id={titleId} component="h2" variant="subtitle1" noWrap sx={{ flex: 1, minWidth: 0, fontWeight: 500 }}>
          <bdi>{title}</bdi>
        </Typography>
        {buttons}
      </Box>
      {notice}
      <Box sx={{ flex: 1, minHeight: 0, display: "flex", flexDirection: "column" }}>{children}</Box>
    </Dialog>
  );
}
