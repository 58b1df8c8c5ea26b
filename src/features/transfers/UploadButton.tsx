// App-bar entry point: upload files or a folder into the folder on screen, and open the queue.
// Shows overall progress around the icon while uploads run.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, CircularProgress, IconButton, ListItemIcon, ListItemText, Tooltip } from "@mui/material";
import { Menu, MenuItem } from "../../shared/ui/LazyMenu";
import UploadIcon from "@mui/icons-material/CloudUploadOutlined";
import FileIcon from "@mui/icons-material/UploadFileOutlined";
import FolderIcon from "@mui/icons-material/DriveFolderUploadOutlined";
import ListIcon from "@mui/icons-material/ListAltOutlined";
import { pickFiles, pickFolder } from "./pickers";
import { setPanelOpen, useUploadSummary } from "./summary";
import { useUploadTarget } from "./useUploadTarget";

export function UploadButton() {
  const { t } = useTranslation("transfers");
  const target = useUploadTarget();
  const summary = useUploadSummary();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const busy = summary.active > 0;
  const label = busy ? t("button.busy", { count: summary.active, percent: summary.percent }) : t("button.label");
  const close = () => setAnchor(null);
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          aria-label={label}
          aria-haspopup="menu"
          aria-expanded={anchor ? true : undefined}
          aria-controls={anchor ? menuId : undefined}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <Box sx={{ position: "relative", display: "inline-flex" }}>
            <UploadIcon />
            {busy && (
              <CircularProgress
                variant={summary.percent > 0 ? "determinate" : "indeterminate"}
                value={summary.percent}
                size={32}
                thickness={3}
                aria-hidden
                sx={{ position: "absolute", top: -4, left: -4 }}
              />
            )}
          </Box>
        </IconButton>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        <MenuItem
          disabled={!target}
          onClick={() => {
            close();
            if (target) pickFiles(target);
          }}
        >
          <ListItemIcon>
            <FileIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t("button.files")} secondary={target ? undefined : t("button.openFolderFirst")} />
        </MenuItem>
        <MenuItem
          disabled={!target}
          onClick={() => {
            close();
            if (target) pickFolder(target);
          }}
        >
          <ListItemIcon>
            <FolderIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={t("button.folder")} />
        </MenuItem>
        {summary.visible && (
          <MenuItem
            onClick={() => {
              close();
              setPanelOpen(true);
            }}
          >
            <ListItemIcon>
              <ListIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={t("button.showQueue")} />
          </MenuItem>
        )}
      </Menu>
    </>
  );
}
