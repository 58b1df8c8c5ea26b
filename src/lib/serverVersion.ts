// What a Cloudreve server can do, told by the version its `/site/ping` answers ("4.0.0-2",
// "4.3.0", "4.14.0-pro"). Fields of newer servers are often left out when empty (Go's omitempty),
// so their absence cannot tell an older server from an empty answer; the version can.

/** Major, minor and patch of a version string, or undefined when it is not one. */
export function parseVersion(v: string | undefined | null): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v?.trim() ?? "");
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

export function atLeast(version: string | undefined | null, min: string): boolean {
  const a = parseVersion(version);
  const b = parseVersion(min)!;
  if (!a) return false;
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
}

export interface ServerFeatures {
  /** A file's direct links listed in its details (`extended_info.direct_links`) and `DELETE /file/source/:id`: 4.1. */
  manageDirectLinks: boolean;
  /** Shares carry `show_readme`, and the landing shows a README only when it is set: 4.2. */
  shareReadme: boolean;
  /** `/f/d/<id>/<name>` serves a direct link as a download: 4.3. */
  forceDownloadLinks: boolean;
}

export function serverFeatures(version: string | undefined | null): ServerFeatures {
  return {
    manageDirectLinks: atLeast(version, "4.1.0"),
    shareReadme: atLeast(version, "4.2.0"),
    forceDownloadLinks: atLeast(version, "4.3.0"),
  };
}

/** The download variant of a direct link: `/f/<id>/<name>` → `/f/d/<id>/<name>` (newer servers only). */
export function forceDownloadLink(link: string): string {
  try {
    const u = new URL(link);
    if (!/^\/f\/[^/]+\/[^/]+/.test(u.pathname)) return link;
    u.pathname = `/f/d/${u.pathname.slice(3)}`;
    return u.toString();
  } catch {
    return link;
  }
}
