import { useTranslation } from "react-i18next";
import { Chip, List, ListItem, ListItemIcon, ListItemText } from "@mui/material";
import type { SvgIconComponent } from "@mui/icons-material";
import ProfileIcon from "@mui/icons-material/BadgeOutlined";
import SyncIcon from "@mui/icons-material/SyncOutlined";
import SecurityIcon from "@mui/icons-material/SecurityOutlined";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import LinkIcon from "@mui/icons-material/AddLinkOutlined";
import TasksIcon from "@mui/icons-material/PendingActionsOutlined";
import PaymentsIcon from "@mui/icons-material/PaymentsOutlined";
import DavIcon from "@mui/icons-material/LanOutlined";
import AdminIcon from "@mui/icons-material/AdminPanelSettingsOutlined";
import KeyIcon from "@mui/icons-material/KeyOutlined";
import { describeScopes, type ScopeGroup } from "./scopes";

const ICONS: Record<ScopeGroup, SvgIconComponent> = {
  profile: ProfileIcon,
  offline: SyncIcon,
  security: SecurityIcon,
  files: FolderIcon,
  shares: LinkIcon,
  tasks: TasksIcon,
  finance: PaymentsIcon,
  dav: DavIcon,
  admin: AdminIcon,
};

/** What an app may access, one line per kind of data, with its access level where it has one. */
export function ScopeList({ scopes, labelledBy }: { scopes: readonly string[]; labelledBy?: string }) {
  const { t } = useTranslation("oauth");
  const entries = describeScopes(scopes);
  return (
    <List dense disablePadding aria-labelledby={labelledBy} sx={{ mb: 2 }}>
      {entries.map((e) => {
        const Icon = e.group ? ICONS[e.group] : KeyIcon;
        return (
          <ListItem key={e.raw} disableGutters alignItems="flex-start" sx={{ gap: 1 }}>
            <ListItemIcon sx={{ minWidth: 32, mt: 0.75, color: e.group === "admin" || e.access === "readwrite" ? "warning.dark" : "text.secondary" }}>
              <Icon fontSize="small" aria-hidden />
            </ListItemIcon>
            <ListItemText
              primary={e.group ? t(`oauth:scope.${e.group}.name`) : t("oauth:scope.other", { scope: e.raw })}
              secondary={e.group ? t(`oauth:scope.${e.group}.description`) : undefined}
              slotProps={{ primary: { sx: { fontWeight: 500 } } }}
            />
            {e.access && (
              <Chip
                size="small"
                variant="outlined"
                color={e.access === "readwrite" ? "warning" : "default"}
                label={t(e.access === "readwrite" ? "oauth:scope.readwrite" : "oauth:scope.read")}
                sx={{ mt: 0.75, flexShrink: 0 }}
              />
            )}
          </ListItem>
        );
      })}
    </List>
  );
}
