import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { Box, IconButton, ListItemIcon, ListItemText, Paper, Tooltip, Typography, useMediaQuery, useTheme } from "@mui/material";
import { Menu, MenuItem } from "../../shared/ui/LazyMenu";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import FileIcon from "@mui/icons-material/InsertDriveFileOutlined";
import OpenIcon from "@mui/icons-material/OpenInNewOutlined";
import CopyIcon from "@mui/icons-material/ContentCopyOutlined";
import EditIcon from "@mui/icons-material/EditOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import MoreIcon from "@mui/icons-material/MoreVert";
import type { Share } from "../../api/queries/shares";
import { shareUri } from "../../lib/uri";
import { ShareState } from "./ShareState";

export const shareHref = (s: Share) => `/home?${new URLSearchParams({ path: shareUri(s.id, s.password).toString() }).toString()}`;

type ShareActions = { copy: (s: Share) => void; edit: (s: Share) => void; remove: (s: Share) => void };

interface Props {
  share: Share;
  /** Owner actions; absent on a public profile. */
  actions?: ShareActions | undefined;
  /** Heading level of the name, below the page's own headings. */
  heading?: "h2" | "h3";
}

/** One share link: what it shares, its state, and what can be done with it. */
export function ShareRow({ share, actions, heading = "h2" }: Props) {
  const { t } = useTranslation("shares");
  const theme = useTheme();
  // Four icons would leave a phone's row about 90 px for the name: there they share one menu.
  const narrow = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const name = share.name ?? t("unnamed");
  const Icon = share.source_type === 1 ? FolderIcon : FileIcon;
  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5, display: "flex", gap: 1.5, alignItems: "center" }}>
      <Icon color="action" aria-hidden />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography component={heading} variant="subtitle1" sx={{ overflowWrap: "anywhere" }}>
          {share.expired ? (
            <bdi>{name}</bdi>
          ) : (
            <RouterLink to={shareHref(share)} style={{ color: "inherit" }}>
              <bdi>{name}</bdi>
            </RouterLink>
          )}
        </Typography>
        <ShareState share={share} />
      </Box>
      {actions && (narrow ? <ActionsMenu share={share} name={name} actions={actions} /> : <ActionIcons share={share} name={name} actions={actions} />)}
    </Paper>
  );
}

function ActionIcons({ share, name, actions }: { share: Share; name: string; actions: ShareActions }) {
  const { t } = useTranslation("shares");
  const action = (label: string, icon: React.ReactNode, run: () => void) => (
    <Tooltip title={label}>
      <IconButton aria-label={`${label}: ${name}`} onClick={run}>
        {icon}
      </IconButton>
    </Tooltip>
  );
  return (
    <Box sx={{ display: "flex", flexShrink: 0, ml: "auto" }}>
      {!share.expired && (
        <Tooltip title={t("actions.open")}>
          <IconButton aria-label={`${t("actions.open")}: ${name}`} component={RouterLink} to={shareHref(share)}>
            <OpenIcon />
          </IconButton>
        </Tooltip>
      )}
      {action(t("actions.copy"), <CopyIcon />, () => actions.copy(share))}
      {action(t("actions.edit"), <EditIcon />, () => actions.edit(share))}
      {action(t("actions.delete"), <DeleteIcon />, () => actions.remove(share))}
    </Box>
  );
}

function ActionsMenu({ share, name, actions }: { share: Share; name: string; actions: ShareActions }) {
  const { t } = useTranslation("shares");
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  const item = (label: string, icon: React.ReactNode, run: () => void) => (
    <MenuItem
      onClick={() => {
        close();
        run();
      }}
    >
      <ListItemIcon aria-hidden>{icon}</ListItemIcon>
      <ListItemText>{label}</ListItemText>
    </MenuItem>
  );
  const label = t("actions.more", { name });
  return (
    <>
      <IconButton
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ flexShrink: 0, ml: "auto" }}
      >
        <MoreIcon />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={close} slotProps={{ list: { "aria-label": label } }}>
        {!share.expired && (
          <MenuItem component={RouterLink} to={shareHref(share)} onClick={close}>
            <ListItemIcon aria-hidden>
              <OpenIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t("actions.open")}</ListItemText>
          </MenuItem>
        )}
        {item(t("actions.copy"), <CopyIcon fontSize="small" />, () => actions.copy(share))}
        {item(t("actions.edit"), <EditIcon fontSize="small" />, () => actions.edit(share))}
        {item(t("actions.delete"), <DeleteIcon fontSize="small" />, () => actions.remove(share))}
      </Menu>
    </>
  );
}
