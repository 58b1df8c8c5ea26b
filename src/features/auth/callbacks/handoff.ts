/**
 * The official desktop and mobile clients finish signing in through their own URL scheme:
 * `cloudreve://mount?state&code&user_id[&path&name]` (path and name only from the desktop set-up).
 * A declined or failed authorization is handed on too (`error` instead of `code`), so the app
 * stops waiting.
 */
export interface Handoff {
  state: string;
  userId: string;
  code?: string;
  error?: string;
  /** The folder to mount (a cloudreve:// URI) and the name it gets on the computer. */
  path?: string;
  name?: string;
}

export function mountUrl({ state, code, error, userId, path, name }: Handoff): string {
  const q = new URLSearchParams({ state });
  if (code !== undefined) q.set("code", code);
  if (error !== undefined) q.set("error", error);
  q.set("user_id", userId);
  if (path !== undefined) q.set("path", path);
  if (name !== undefined) q.set("name", name);
  return `cloudreve://mount?${q.toString()}`;
}

/** The desktop app re-authorising an existing mount needs no folder choice. */
export const isReauthorize = (state: string) => state.startsWith("reauthorize:");

/** The browser hands the URL to the app registered for the scheme (or does nothing without one). */
export function openInApp(url: string): void {
  window.location.assign(url);
}

/** A URL of this site without `user_hint`, for going on once the account question is settled. */
export function withoutUserHint(pathname: string, search: string, hash = ""): string {
  const q = new URLSearchParams(search);
  q.delete("user_hint");
  const rest = q.toString();
  return `${pathname}${rest ? `?${rest}` : ""}${hash}`;
}
