import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { adminOf } from "../admin/store.ts";
import { CUSTOM_VIEWER_PATH, FILE_VIEWERS, WOPI_HOST_PATH, type Viewer } from "./siteDefaults.ts";

/**
 * The viewer catalogue as the server holds it: the admin's `file_viewers` setting (JSON text), the
 * install default when it is missing or unreadable.
 */
export function fileViewers(state: State): { viewers: Viewer[] }[] {
  const raw = adminOf(state).settings.get("file_viewers");
  if (!raw) return FILE_VIEWERS;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as { viewers: Viewer[] }[]) : FILE_VIEWERS;
  } catch {
    return FILE_VIEWERS;
  }
}

/** What the site config shows: the catalogue without the WOPI actions (the server strips them too). */
export function publicViewers(state: State): { viewers: Omit<Viewer, "wopi_actions">[] }[] {
  return fileViewers(state).map((g) => ({ ...g, viewers: (g.viewers ?? []).map(({ wopi_actions: _w, ...v }) => v) }));
}

export function findViewer(state: State, id: string): Viewer | undefined {
  for (const g of fileViewers(state)) for (const v of g.viewers ?? []) if (v.id === id && !v.disabled) return v;
  return undefined;
}

const page = (ctx: Ctx, title: string, body: string) => {
  // A sandboxed page: it cannot run script, which is all a test needs from it.
  ctx.res.writeHead(200, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "Cache-Control": "no-store",
  });
  ctx.res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body style="font-family:sans-serif"><main>${body}</main></body></html>`,
  );
  return HANDLED;
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Pages that stand in for the apps viewers point at, so WOPI and custom viewers open without the
 * internet: an office suite that receives the WOPI form POST and says what it got, and a custom
 * viewer that lists the parameters it was opened with.
 */
export function registerViewerApps(router: Router): void {
  const office = async (ctx: Ctx) => {
    const form = new URLSearchParams((await ctx.body()).toString("utf8"));
    const action = ctx.params.action === "edit" ? "edit" : "view";
    const token = form.get("access_token") ?? "";
    const ttl = form.get("access_token_ttl") ?? "";
    return page(
      ctx,
      "Stand-in Office",
      `<h1>Stand-in Office</h1><p id="action">Mode: ${esc(action)}</p><p id="token">${token ? "Access token received" : "No access token"}</p><p id="ttl">Token valid until: ${esc(ttl)}</p><p id="src">WOPI source: ${esc(ctx.query.get("WOPISrc") ?? "")}</p>`,
    );
  };
  router.post(`${WOPI_HOST_PATH}/:action`, office);
  router.get(`${WOPI_HOST_PATH}/:action`, office);
  router.get(CUSTOM_VIEWER_PATH, (ctx) =>
    page(ctx, "Stand-in Inspector", `<h1>Stand-in Inspector</h1><dl>${[...ctx.query].map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`),
  );
}
