import type { State } from "../state/state.ts";

/**
 * Absolute links (share links, signed download/thumbnail URLs, mail links, S3-style upload URLs)
 * come from the site setting `siteURL`, like on the real server, never from the request: a
 * misconfigured setting then yields links to the wrong origin here too.
 *
 * The setting is a comma-separated list. The entry whose host (host:port, compared exactly) equals
 * the request's Host header is used; otherwise the first entry. Entries that do not parse are
 * skipped; an empty list behaves like "http://localhost".
 */

/** What the stand-in uses when no site URL is configured: both loopback spellings of its own port. */
export function defaultSiteUrl(port: number): string {
  return `http://localhost:${port},http://127.0.0.1:${port}`;
}

interface SiteEntry {
  scheme: string;
  host: string;
}

function parseEntry(raw: string): SiteEntry | undefined {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)/.exec(raw);
  if (!m) return undefined;
  const authority = m[2]!;
  const host = authority.slice(authority.lastIndexOf("@") + 1);
  if (!host) return undefined;
  return { scheme: m[1]!.toLowerCase(), host };
}

/** The parsed list, in configured order. */
export function siteEntries(value: string): SiteEntry[] {
  const out: SiteEntry[] = [];
  // No trimming: the real server splits on "," and compares hosts verbatim.
  for (const part of value.split(",")) {
    const e = parseEntry(part);
    if (e) out.push(e);
  }
  return out;
}

/**
 * Origin (`scheme://host`) absolute links are built on for a request with this Host header.
 * Links are resolved as absolute paths against the entry, so a path in the setting is dropped,
 * as URL reference resolution does on the real server.
 */
export function siteOrigin(state: State, requestHost: string | undefined): string {
  const entries = siteEntries(state.settings.siteUrl);
  const chosen = (requestHost ? entries.find((e) => e.host === requestHost) : undefined) ?? entries[0];
  return chosen ? `${chosen.scheme}://${chosen.host}` : "http://localhost";
}
