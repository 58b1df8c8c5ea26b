import { lazy, Suspense, useEffect, useState } from "react";
import { Outlet } from "react-router";
import { useTranslation } from "react-i18next";
import { AppBar, Box, CircularProgress, IconButton, Paper, Toolbar, useMediaQuery, useTheme } from "@mui/material";
import MenuIcon from "@mui/icons-material/Menu";
import { NavDrawerContent } from "./NavDrawer";
import { ThemeMenu } from "./ThemeMenu";
import { UserMenu } from "./UserMenu";
import { PwaControls } from "../../pwa/PwaControls";
import { SiteLogo } from "../../features/site/SiteLogo";
import { useCurrentSession } from "../../shared/useSession";
import { Drawer, loadDrawer } from "../../shared/ui/LazyDrawer";
import { loadMenu } from "../../shared/ui/LazyMenu";
import { loadPopper } from "../../shared/ui/LazyPopper";
import { prefetchWhenIdle } from "../../shared/prefetch";
import { BOTTOM_DOCK } from "../../shared/bottomDock";
import { useDrawerWidth } from "./drawerWidth";
// transfers: upload button, page-wide drop/paste target and the lazily loaded queue panel
import { TransfersButton, TransfersMount } from "../../features/transfers";
// viewers: the music player docked at the bottom, which keeps playing across pages (lazy). Its
// own tiny module rather than the viewers' index: through the index the bundler merges explorer
// modules into the shell's first load (+1.5 KB on /home and the share page).
import { MiniPlayerSlot } from "../../features/viewers/audio/MiniPlayerSlot";

const DRAWER_WIDTH = 248;
// The drawer's resizable edge names itself in the organize texts, which load after the shell.
const DrawerResizer = lazy(() => import("./DrawerResizer").then((m) => ({ default: m.DrawerResizer })));

/** Permanent navigation on desktop; a temporary drawer on phones and tablets. */
export function AppShell() {
  const { t } = useTranslation();
  const theme = useTheme();
  const desktop = useMediaQuery(theme.breakpoints.up("md"), { noSsr: true });
  const [open, setOpen] = useState(false);
  const [navWidth, setNavWidth] = useDrawerWidth();
  // Visitors who are not signed in (share links, profiles) can never upload.
  const signedIn = Boolean(useCurrentSession());
  // Menus, tooltips' positioning (and on small screens the navigation drawer) load on first use;
  // fetch them once the page has settled so that first use does not wait.
  useEffect(() => prefetchWhenIdle(loadMenu, loadPopper, ...(desktop ? [] : [loadDrawer])), [desktop]);
  return (
    <Box sx={{ display: "flex", minHeight: "100vh" }}>
      <a href="#main" className="skip-link">
        {t("shell.skipToContent")}
      </a>
      <AppBar
        position="fixed"
        color="default"
        elevation={0}
        sx={{ zIndex: (th) => th.zIndex.drawer + 1, borderBottom: 1, borderColor: "divider", bgcolor: "background.paper" }}
      >
        <Toolbar sx={{ gap: 1 }}>
          {!desktop && (
            <IconButton edge="start" aria-label={t("shell.openNavigation")} aria-expanded={open} aria-controls="app-nav" onClick={() => setOpen(true)}>
              <MenuIcon />
            </IconButton>
          )}
          <Box sx={{ flexGrow: 1, minWidth: 0, display: "flex", alignItems: "center" }}>
            <SiteLogo height={32} textProps={{ variant: "h6", component: "p", noWrap: true, sx: { fontWeight: 600 } }} />
          </Box>
          {signedIn && <TransfersButton />}
          <PwaControls />
          <ThemeMenu />
          <UserMenu />
        </Toolbar>
      </AppBar>
      {desktop ? (
        // What MUI's permanent drawer draws (a fixed, full-height paper beside a spacer of its
        // width), without the modal machinery its temporary variant needs.
        <Box id="app-nav" sx={{ width: navWidth, flexShrink: 0 }}>
          <Box sx={{ position: "fixed", top: 0, left: 0, height: "100%", width: navWidth, zIndex: (th) => th.zIndex.drawer }}>
            <Paper
              square
              elevation={0}
              sx={{ height: "100%", boxSizing: "border-box", overflowY: "auto", overflowX: "hidden", display: "flex", flexDirection: "column" }}
            >
              <NavDrawerContent />
            </Paper>
            <Suspense fallback={null}>
              <DrawerResizer width={navWidth} onResize={setNavWidth} />
            </Suspense>
          </Box>
        </Box>
      ) : (
        <Drawer
          id="app-nav"
          variant="temporary"
          open={open}
          onClose={() => setOpen(false)}
          // Mounted on first opening (the drawer loads then); kept mounted afterwards.
          ModalProps={{ keepMounted: true }}
          sx={{ "& .MuiDrawer-paper": { width: DRAWER_WIDTH, boxSizing: "border-box" } }}
        >
          <NavDrawerContent onNavigate={() => setOpen(false)} />
        </Drawer>
      )}
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, outline: "none", pb: { xs: `calc(env(safe-area-inset-bottom) + ${BOTTOM_DOCK})`, md: BOTTOM_DOCK } }}
      >
        <Toolbar />
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </Box>
      <TransfersMount />
      <MiniPlayerSlot />
    </Box>
  );
}

export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: "grid", placeItems: "center", p: 6 }}>
      <CircularProgress aria-label={t("shell.loading")} />
    </Box>
  );
}
