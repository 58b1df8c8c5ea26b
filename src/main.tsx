import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { i18nReady } from "./i18n";
import { api, setSessionLostHandler } from "./api/client";
import { sessionStore } from "./api/session";
import { resetUserData } from "./api/queries/resetUserData";
import { createQueryClient } from "./app/queryClient";
import { Providers } from "./app/Providers";
import { AppRoutes } from "./app/router";
import { exposeDiagnostics } from "./app/diagnostics";
import { isLitePath, preloadTheme } from "./shared/theme/Themed";
import "./pwa/boot";

/**
 * Session lost (expired chain, revoked, password changed elsewhere): forget it; the session gate
 * then sends the user to sign-in and back to this page afterwards.
 */
function sessionLost() {
  sessionStore.signOutLocal();
  resetUserData(queryClient);
}

const queryClient = createQueryClient(sessionLost);
setSessionLostHandler(sessionLost);

exposeDiagnostics({ api, queryClient });

// Every page but sign-in is drawn with MUI: fetch its theme beside the page instead of after it.
if (!isLitePath(location.pathname)) preloadTheme();

void i18nReady.finally(() => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </Providers>
    </StrictMode>,
  );
});
