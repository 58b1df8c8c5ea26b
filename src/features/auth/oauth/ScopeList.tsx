import { useTranslation } from "react-i18next";
import { Chip, List, ListItem, ListItemIcon, ListItemText } from "@mui/material";
import type { SvgIconComponent } from "@mui/icons-material";
import PersonIcon from "@mui/icons-material/PersonOutlined";
import SyncIcon from "@mui/icons-material/SyncOutlined";
import LockIcon from "@mui/icons-material/LockOutlined";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import ShareIcon from "@mui/icons-material/ShareOutlined";
import TasksIcon from "@mui/icons-material/PendingActionsOutlined";
import PaymentsIcon from "@mui/icons-material/PaymentsOutlined";
import DevicesIcon from "@mui/icons-material/DevicesOutlined";
import AdminIcon from "@mui/icons-material/AdminPanelSettingsOutlined";
import KeyIcon from "@mui/icons-material/KeyOutlined";
import { describeScopes, type ScopeGroup } from "./scopes";

const ICONS: Record<ScopeGroup, SvgIconComponent> = {
  profile: PersonIcon,
  offline: SyncIcon,
  security: LockIcon,
  files: FolderIcon,
  shares: ShareIcon,
  tasks: TasksIcon,
  finance: PaymentsIcon,
  dav: DevicesIcon,
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
              primary={e.group ? t(`scope.${e.group}.name`) : t("scope.other", { scope: e.raw })}
              secondary={e.group ? t(`scope.${e.group}.description`) : undefined}
              slotProps={{ primary: { sx: { fontWeight: 500 } } }}
            />
            {e.access && (
              <Chip size="small" variant="outlined" color={e.access === "readwrite" ? "warning" : "default"} label={t(e.access === "readwrite" ? "scope.readwrite" : "scope.read")} sx={{ mt: 0.75, flexShrink: 0 }} />
            )}
          </ListItem>
        );
      })}
    </List>
  );
}
