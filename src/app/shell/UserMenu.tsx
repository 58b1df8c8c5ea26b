import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { Avatar, Button, Divider, IconButton, ListItemIcon, ListItemText, Tooltip, Typography } from "@mui/material";
import { Menu, MenuItem } from "../../shared/ui/LazyMenu";
import LogoutIcon from "@mui/icons-material/Logout";
import SettingsIcon from "@mui/icons-material/SettingsOutlined";
import PersonIcon from "@mui/icons-material/PersonOutlined";
import DashboardIcon from "@mui/icons-material/SpaceDashboardOutlined";
import { useCurrentSession } from "../../shared/useSession";
import { signOut } from "../../api/signOut";
import { resetUserData } from "../../api/queries/resetUserData";
import { signInPath } from "../../lib/redirect";
import { API_BASE } from "../../api/client";
import { GroupPerm, hasGroupPerm } from "../../lib/capabilities";

export function UserMenu() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!session) {
    return (
      <Button component={RouterLink} to={signInPath(location.pathname + location.search)} variant="outlined" sx={{ whiteSpace: "nowrap", flexShrink: 0 }}>
        {t("shell.signIn")}
      </Button>
    );
  }
  const { user } = session;
  const label = t("shell.accountMenu", { name: user.nickname });
  const close = () => setAnchor(null);
  return (
    <>
      <Tooltip title={label}>
        <IconButton aria-label={label} aria-haspopup="menu" aria-expanded={Boolean(anchor)} onClick={(e) => setAnchor(e.currentTarget)}>
          <Avatar
            alt=""
            src={user.avatar ? `${API_BASE}/user/avatar/${encodeURIComponent(user.id)}` : undefined}
            sx={{ width: 32, height: 32, fontSize: 16, bgcolor: "primary.main" }}
          >
            {user.nickname.slice(0, 1).toUpperCase()}
          </Avatar>
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        <Typography component="p" variant="subtitle2" sx={{ px: 2, pt: 1 }}>
          {user.nickname}
        </Typography>
        <Typography component="p" variant="body2" color="text.secondary" sx={{ px: 2, pb: 1 }}>
          {user.email}
        </Typography>
        <Divider />
        <MenuItem component={RouterLink} to={`/profile/${encodeURIComponent(user.id)}`} onClick={close}>
          <ListItemIcon aria-hidden>
            <PersonIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t("shell.profile")}</ListItemText>
        </MenuItem>
        {hasGroupPerm(user.group?.permission, GroupPerm.IsAdmin) && (
          <MenuItem component={RouterLink} to="/admin" onClick={close}>
            <ListItemIcon aria-hidden>
              <DashboardIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t("shell.dashboard")}</ListItemText>
          </MenuItem>
        )}
        <MenuItem component={RouterLink} to="/settings" onClick={close}>
          <ListItemIcon aria-hidden>
            <SettingsIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t("nav.settings")}</ListItemText>
        </MenuItem>
        <MenuItem
          onClick={async () => {
            close();
            // The session gate then leaves for the sign-in page.
            await signOut().catch(() => undefined);
            resetUserData(queryClient);
          }}
        >
          <ListItemIcon aria-hidden>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t("shell.signOut")}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
