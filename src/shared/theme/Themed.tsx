import { createContext, lazy, Suspense, useContext, type ReactNode } from "react";
import { Outlet } from "react-router";

// MUI and its theme stay out of the boot code: the sign-in page is drawn without them (src/shared/lite).
const loadTheme = () => import("./MuiTheme");
const MuiTheme = lazy(loadTheme);
const Inside = createContext(false);

/** Starts loading MUI's theme now, beside the page's own code, instead of after it. */
export const preloadTheme = () => void loadTheme();

/** Pages under `/session` (sign-in) that are drawn without MUI; every other page needs its theme. */
export const isLitePath = (pathname: string) => /^\/session\/?$/.test(pathname);

/** Renders MUI content with the site's theme; nothing shows until the theme has loaded. */
export function Themed({ children }: { children: ReactNode }) {
  if (useContext(Inside)) return children;
  return (
    <Suspense fallback={null}>
      <MuiTheme>
        <Inside.Provider value={true}>{children}</Inside.Provider>
      </MuiTheme>
    </Suspense>
  );
}

/** A layout route whose pages are drawn with MUI. */
export function ThemedOutlet() {
  return (
    <Themed>
      <Outlet />
    </Themed>
  );
}
