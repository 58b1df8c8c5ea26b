import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { i18nReady } from "./i18n";
import { api, refreshStats, setSessionLostHandler } from "./api/client";
import { sessionStore } from "./api/session";
import { resetUserData } from "./api/queries/resetUserData";
import { createQueryClient } from "./app/queryClient";
import { Providers } from "./app/Providers";
import { router } from "./app/router";
import { signInPath } from "./app/redirect";

let redirecting = false;
/** Session lost (expired chain, revoked, password changed elsewhere): back to sign-in, then back here. */
function sessionLost() {
  const here = window.location.pathname + window.location.search;
  sessionStore.signOutLocal();
  resetUserData(queryClient);
  if (redirecting || window.location.pathname.startsWith("/session")) return;
  redirecting = true;
  void router.navigate(signInPath(here)).finally(() => {
    redirecting = false;
  });
}

const queryClient = createQueryClient(sessionLost);
setSessionLostHandler(sessionLost);

// A small diagnostics handle: lets tests and curious users drive the same client the UI uses.
Object.assign(window, { __cloudreve: { api, queryClient, refreshStats } });

void i18nReady.finally(() => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <Suspense fallback={null}>
          <RouterProvider router={router} />
        </Suspense>
      </Providers>
    </StrictMode>,
  );
});
