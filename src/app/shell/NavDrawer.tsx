import { lazy, Suspense } from "react";
import { Link as RouterLink, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { Box, Divider, List, ListItemButton, ListItemIcon, ListItemText, Toolbar, Typography } from "@mui/material";
import { FILE_NAV, PAGE_NAV, type NavItem } from "./navItems";
import { useCurrentSession } from "../../shared/useSession";
import { StorageQuota } from "./StorageQuota";
import { PinnedNav } from "../../features/explorer/nav/PinnedNav";
import { hasGroupPerm } from "../../lib/capabilities";
import { CustomNavItems } from "../../features/site/CustomNavItems";
import { SiteHtml } from "../../features/site/SiteHtml";
import { dropHighlight, useDrawerDrop } from "../../features/explorer/nav/drawerDrop";

// The folder tree under My files loads after the page (it is not needed to show the first folder).
const FolderTree = lazy(() => import("../../features/explorer/tree/FolderTree"));

/** One entry of the drawer; Trash also takes items dragged from the explorer (moved to the trash). */
function NavEntry({ item, active, onNavigate }: { item: NavItem; active: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { over, dropProps } = useDrawerDrop(item.labelKey === "nav.trash" ? { kind: "trash" } : null);
  return (
    <ListItemButton
      component={RouterLink}
      to={item.to}
      selected={active}
      aria-current={active ? "page" : undefined}
      onClick={onNavigate}
      {...dropProps}
      sx={{ borderRadius: 6, mx: 1, ...(item.nested ? { pl: 4, py: 0.25 } : {}), ...dropHighlight(over) }}
    >
      <ListItemIcon sx={{ minWidth: 40 }} aria-hidden>
        {item.icon}
      </ListItemIcon>
      <ListItemText primary={t(item.labelKey)} />
    </ListItemButton>
  );
}

export function NavDrawerContent({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const search = new URLSearchParams(location.search);
  const session = useCurrentSession();
  const renderItem = (item: NavItem) => {
    const active = item.match(location.pathname, search);
    return (
      <li key={item.to}>
        <NavEntry item={item} active={active} onNavigate={onNavigate} />
        {item.labelKey === "nav.myFiles" && (
          <Suspense fallback={null}>
            <FolderTree onNavigate={onNavigate} />
          </Suspense>
        )}
      </li>
    );
  };
  return (
    <Box sx={{ display: "flex", flexDirection: "column", height: "100%" }}>
      <Toolbar />
      {session ? (
        <>
          <Box component="nav" aria-label={t("nav.files")}>
            <List dense>{FILE_NAV.map(renderItem)}</List>
            <PinnedNav onNavigate={onNavigate} />
          </Box>
          <Divider />
          <Box component="nav" aria-label={t("nav.pages")}>
            <List dense>
              {PAGE_NAV.filter((i) => i.perm === undefined || hasGroupPerm(session.user.group?.permission, i.perm)).map(renderItem)}
              <CustomNavItems onNavigate={onNavigate} />
            </List>
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          <StorageQuota />
          <SiteHtml slot="sidebar_bottom" sx={{ px: 2, pb: 2 }} />
        </>
      ) : (
        <Typography sx={{ p: 2 }} color="text.secondary" variant="body2">
          {t("nav.anonymousHint")}
        </Typography>
      )}
    </Box>
  );
}
