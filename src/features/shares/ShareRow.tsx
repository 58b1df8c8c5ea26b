import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { Box, IconButton, Paper, Tooltip, Typography } from "@mui/material";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import FileIcon from "@mui/icons-material/InsertDriveFileOutlined";
import OpenIcon from "@mui/icons-material/OpenInNewOutlined";
import CopyIcon from "@mui/icons-material/ContentCopyOutlined";
import EditIcon from "@mui/icons-material/EditOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import type { Share } from "../../api/queries/shares";
import { shareUri } from "../../lib/uri";
import { ShareState } from "./ShareState";

export const shareHref = (s: Share) => `/home?${new URLSearchParams({ path: shareUri(s.id, s.password).toString() }).toString()}`;

interface Props {
  share: Share;
  /** Owner actions; absent on a public profile. */
  actions?: { copy: (s: Share) => void; edit: (s: Share) => void; remove: (s: Share) => void } | undefined;
  /** Heading level of the name, below the page's own headings. */
  heading?: "h2" | "h3";
}

/** One share link: what it shares, its state, and what can be done with it. */
export function ShareRow({ share, actions, heading = "h2" }: Props) {
  const { t } = useTranslation("shares");
  const name = share.name ?? t("unnamed");
  const Icon = share.source_type === 1 ? FolderIcon : FileIcon;
  const action = (label: string, icon: React.ReactNode, run: () => void) => (
    <Tooltip title={label}>
      <IconButton aria-label={`${label}: ${name}`} onClick={run}>
        {icon}
      </IconButton>
    </Tooltip>
  );
  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5, display: "flex", gap: 1.5, alignItems: "center", flexWrap: { xs: "wrap", sm: "nowrap" } }}>
      <Icon color="action" aria-hidden />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography component={heading} variant="subtitle1" sx={{ overflowWrap: "anywhere" }}>
          {share.expired ? <bdi>{name}</bdi> : (
            <RouterLink to={shareHref(share)} style={{ color: "inherit" }}>
              <bdi>{name}</bdi>
            </RouterLink>
          )}
        </Typography>
        <ShareState share={share} />
      </Box>
      {actions && (
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
      )}
    </Paper>
  );
}
