import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useCurrentSession } from "../shared/useSession";
import { signInPath } from "../lib/redirect";
import { consumeSignOutRequest } from "../api/signOut";

/** Pages anyone may open: share links (`cloudreve://…@share`) and public profiles. */
export function isPublicPage(pathname: string, search: string): boolean {
  if (pathname.startsWith("/profile/")) return true;
  if (pathname !== "/home") return false;
  const path = new URLSearchParams(search).get("path") ?? "";
  return /^cloudreve:\/\/[^/]*@share/i.test(path);
}

/**
 * Keeps anonymous visitors out of account pages — also when the session ends while a page is open
 * (signed out in another tab, refresh chain revoked): they go to sign-in and come back afterwards,
 * except after signing out on purpose.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useCurrentSession();
  const { pathname, search } = useLocation();
  if (session || isPublicPage(pathname, search)) return children;
  return <Navigate to={consumeSignOutRequest() ? "/session" : signInPath(pathname + search)} replace />;
}

/** `/`: the files of a signed-in user, otherwise the sign-in page. */
export function HomeRedirect() {
  return <Navigate to={useCurrentSession() ? "/home" : "/session"} replace />;
}
