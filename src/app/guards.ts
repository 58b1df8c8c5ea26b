import { redirect, type LoaderFunctionArgs } from "react-router";
import { sessionStore } from "../api/session";
import { signInPath } from "./redirect";

const returnTo = (request: Request) => {
  const url = new URL(request.url);
  return url.pathname + url.search;
};

/** Loader for pages that need an account: anonymous visitors go to sign-in and come back afterwards. */
export function requireSession({ request }: LoaderFunctionArgs) {
  if (!sessionStore.current()) throw redirect(signInPath(returnTo(request)));
  return null;
}

/** The explorer is public for share links (`cloudreve://…@share`); everything else needs an account. */
export function requireSessionUnlessShare({ request }: LoaderFunctionArgs) {
  const path = new URL(request.url).searchParams.get("path") ?? "";
  if (/^cloudreve:\/\/[^/]*@share/i.test(path)) return null;
  return requireSession({ request } as LoaderFunctionArgs);
}

export function homeRedirect() {
  return redirect(sessionStore.current() ? "/home" : "/session");
}
