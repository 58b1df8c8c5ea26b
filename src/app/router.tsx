import { lazy, Suspense, useEffect } from "react";
import { Route, Routes, useLocation } from "react-router";
import { DialogHost, closeAllDialogs } from "../shared/dialogs/host";
import { ErrorBoundary } from "./ErrorBoundary";
import { HomeRedirect, SessionGate } from "./SessionGate";
import { Themed, ThemedOutlet } from "../shared/theme/Themed";

// Every page is its own lazy chunk, so the sign-in page never downloads the explorer. Declarative
// routes (not the data router) keep react-router's share of every first load small.
const named = <K extends string, M extends Record<K, React.ComponentType>>(load: () => Promise<M>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const AuthFrame = named(() => import("../features/auth/AuthFrame"), "AuthFrame");
const SignInPage = named(() => import("../features/auth/SignInPage"), "SignInPage");
const SignUpPage = named(() => import("../features/auth/SignUpPage"), "SignUpPage");
const ActivatePage = named(() => import("../features/auth/ActivatePage"), "ActivatePage");
const ResetPage = named(() => import("../features/auth/ResetPage"), "ResetPage");
const AppShell = named(() => import("./shell/AppShell"), "AppShell");
const ExplorerPage = named(() => import("../features/explorer/ExplorerPage"), "ExplorerPage");
const SharesPage = named(() => import("../features/shares/SharesPage"), "SharesPage");
const TasksPage = named(() => import("../features/tasks/TasksPage"), "TasksPage");
const DownloadsPage = named(() => import("../features/tasks/DownloadsPage"), "DownloadsPage");
const ConnectPage = named(() => import("../features/connect/ConnectPage"), "ConnectPage");
const SettingsPage = named(() => import("../features/settings/SettingsPage"), "SettingsPage");
const ProfilePage = named(() => import("../features/profile/ProfilePage"), "ProfilePage");
const AdminGate = named(() => import("../features/admin/AdminGate"), "AdminGate");
const NotFoundPage = named(() => import("./pages/NotFoundPage"), "NotFoundPage");
const AuthorizePage = named(() => import("../features/auth/oauth/AuthorizePage"), "AuthorizePage");
const callbacks = () => import("../features/auth/callbacks/pages");
const DesktopCallbackPage = named(callbacks, "DesktopCallbackPage");
const MobileCallbackPage = named(callbacks, "MobileCallbackPage");
const UserHintCheck = named(callbacks, "UserHintCheck");

/** Paths match the official frontend so bookmarks and server-generated links keep working. */
export function AppRoutes() {
  const { pathname, search } = useLocation();
  // A dialog belongs to the page it was opened on.
  useEffect(() => closeAllDialogs(), [pathname]);
  return (
    // An error page goes away when the user navigates elsewhere.
    <ErrorBoundary resetKey={pathname}>
      <Suspense fallback={null}>
        <Routes>
          <Route index element={<HomeRedirect />} />
          <Route path="session" element={<AuthFrame />}>
            {/* Drawn without MUI (src/shared/lite): the page most first visits land on. */}
            <Route index element={<SignInPage />} />
            <Route element={<ThemedOutlet />}>
              <Route path="signup" element={<SignUpPage />} />
              <Route path="activate" element={<ActivatePage />} />
              <Route path="reset" element={<ResetPage />} />
              <Route path="authorize" element={<AuthorizePage />} />
            </Route>
          </Route>
          <Route path="callback/ios" element={<AuthFrame />}>
            <Route element={<ThemedOutlet />}>
              <Route index element={<MobileCallbackPage />} />
            </Route>
          </Route>
          <Route element={<ThemedOutlet />}>
            <Route
              element={
                <SessionGate>
                  <AppShell />
                </SessionGate>
              }
            >
              <Route path="home" element={<ExplorerPage />} />
              <Route path="shares" element={<SharesPage />} />
              <Route path="tasks" element={<TasksPage />} />
              <Route path="downloads" element={<DownloadsPage />} />
              <Route path="connect" element={<ConnectPage />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="profile/:id" element={<ProfilePage />} />
              <Route path="callback/desktop" element={<DesktopCallbackPage />} />
              <Route path="admin/*" element={<AdminGate />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
        {/* Links from the desktop app name the account they are for. */}
        {search.includes("user_hint=") && (
          <Themed>
            <UserHintCheck />
          </Themed>
        )}
      </Suspense>
      {/* The one host of every promise-based dialog (shared/dialogs/host.tsx), for every page. */}
      <DialogHost />
    </ErrorBoundary>
  );
}
