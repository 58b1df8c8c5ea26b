import { createBrowserRouter } from "react-router";
import { homeRedirect, requireSession, requireSessionUnlessShare } from "./guards";
import { RouteError } from "./RouteError";

/**
 * Every page is its own lazy chunk, so the sign-in page never downloads the explorer.
 * Paths match the official frontend so bookmarks and server-generated links keep working.
 */
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { index: true, loader: homeRedirect },
      {
        path: "session",
        lazy: () => import("../features/auth/AuthFrame").then((m) => ({ Component: m.AuthFrame })),
        children: [
          { index: true, lazy: () => import("../features/auth/SignInPage").then((m) => ({ Component: m.SignInPage })) },
          { path: "signup", lazy: () => import("../features/auth/SignUpPage").then((m) => ({ Component: m.SignUpPage })) },
          { path: "activate", lazy: () => import("../features/auth/ActivatePage").then((m) => ({ Component: m.ActivatePage })) },
          { path: "reset", lazy: () => import("../features/auth/ResetPage").then((m) => ({ Component: m.ResetPage })) },
        ],
      },
      {
        lazy: () => import("./shell/AppShell").then((m) => ({ Component: m.AppShell })),
        children: [
          { path: "home", loader: requireSessionUnlessShare, lazy: () => import("../features/explorer/ExplorerPage").then((m) => ({ Component: m.ExplorerPage })) },
          { path: "shares", loader: requireSession, lazy: () => import("../features/shares/SharesPage").then((m) => ({ Component: m.SharesPage })) },
          { path: "tasks", loader: requireSession, lazy: () => import("../features/tasks/TasksPage").then((m) => ({ Component: m.TasksPage })) },
          { path: "downloads", loader: requireSession, lazy: () => import("../features/tasks/DownloadsPage").then((m) => ({ Component: m.DownloadsPage })) },
          { path: "connect", loader: requireSession, lazy: () => import("../features/connect/ConnectPage").then((m) => ({ Component: m.ConnectPage })) },
          { path: "settings", loader: requireSession, lazy: () => import("../features/settings/SettingsPage").then((m) => ({ Component: m.SettingsPage })) },
          { path: "profile/:id", lazy: () => import("../features/profile/ProfilePage").then((m) => ({ Component: m.ProfilePage })) },
        ],
      },
      { path: "*", lazy: () => import("./pages/NotFoundPage").then((m) => ({ Component: m.NotFoundPage })) },
    ],
  },
]);
