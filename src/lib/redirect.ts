/**
 * Only same-origin paths are acceptable post-sign-in targets: anything with a scheme, a host
 * (`//evil`), a backslash trick or control characters falls back to the home page.
 */
export function safeRedirect(target: string | null | undefined, fallback = "/home"): string {
  if (!target) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  // Browsers strip tabs/newlines from URLs, which can turn "/\t/evil" into "//evil".
  if ([...target].some((c) => c.charCodeAt(0) < 0x20 || c === "\\")) return fallback;
  try {
    const url = new URL(target, window.location.origin);
    if (url.origin !== window.location.origin) return fallback;
    // Sign-in pages are no target, except an app's authorization request waiting for the sign-in.
    if (url.pathname.startsWith("/session") && url.pathname !== "/session/authorize") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

export function signInPath(returnTo: string): string {
  return `/session?redirect=${encodeURIComponent(returnTo)}`;
}
