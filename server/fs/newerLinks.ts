import { AppError, paramError } from "../core/envelope.ts";
import { encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { entityUrl, ENTITY_URL_TTL } from "./entities.ts";
import { originOf, writeError } from "./http.ts";
import { errLogin } from "./nav.ts";
import { fsOf } from "./store.ts";
import type { FileNode } from "./types.ts";

/**
 * Direct links as newer Cloudreve servers (4.3 and later) have them, and the 4.0 community server
 * does not (docs/server-behaviour.md, "Direct links"). Off by default, so the stand-in answers like
 * the community server; `--newer-links` (STANDIN_NEWER_LINKS=1) or the test hook turns them on:
 *   - `/site/ping` answers 4.3.0 (how a client tells the server's features apart);
 *   - `GET /file/info?extended=true` of the owner's file lists its links in `extended_info.direct_links`
 *     (`{id, url, downloaded, created_at}`; left out when there are none, as the server's omitempty does);
 *   - `DELETE /file/source/:id` deletes one of the user's links (404 "Direct link not found" otherwise);
 *   - `/f/d/:id/:name` redirects to a download (attachment) instead of the inline `/f/:id/:name`;
 *   - shares take `show_readme` (4.2) in `PUT /share` and `POST /share/:id` and carry it (when true) in
 *     every Share object, so the landing knows whether to show the folder's README (routesShare.ts, present.ts).
 * Off, those routes answer the plain 404 of a server without them, and `show_readme` is ignored.
 * (No import of present.ts here: present.ts reads the flag, and modules do not import in a circle.)
 */
export const NEWER_LINKS_VERSION = "4.3.0";

const on = (v: string | undefined) => v === "1" || v === "true";
const byState = new WeakMap<State, { on: boolean }>();

export function newerLinks(state: State): { on: boolean } {
  let f = byState.get(state);
  if (!f) {
    f = { on: on(process.env.STANDIN_NEWER_LINKS) };
    byState.set(state, f);
  }
  return f;
}

/** What `/site/ping` answers: the given version, or a newer server's while the feature is on. */
export const pingVersion = (state: State, base: string) => (newerLinks(state).on ? NEWER_LINKS_VERSION : base);

const linkUrl = (origin: string, id: number, name: string) => `${origin}/f/${encodeId(IdType.sourceLink, id)}/${encodeURIComponent(name)}`;

/** `{direct_links}` for the owner's extended file info, when the feature is on and the file has links. */
export function directLinksInfo(state: State, ctx: Ctx, file: FileNode): { direct_links?: unknown[] } {
  if (!newerLinks(state).on || file.type !== 0) return {};
  const origin = originOf(state, ctx);
  const links = [...fsOf(state).links.values()]
    .filter((l) => l.fileId === file.id)
    .map((l) => ({ id: encodeId(IdType.sourceLink, l.id), url: linkUrl(origin, l.id, l.name), downloaded: 0, created_at: l.createdAt.toISOString() }));
  return links.length ? { direct_links: links } : {};
}

function plain404(ctx: Ctx): typeof HANDLED {
  ctx.res.writeHead(404, { "Content-Type": "text/plain" });
  ctx.res.end("404 page not found");
  return HANDLED;
}

export function registerNewerLinkRoutes(router: Router, state: State): void {
  const store = fsOf(state);
  router.delete("/api/v4/file/source/:id", (ctx) => {
    if (!newerLinks(state).on) return plain404(ctx);
    const user = ctx.who.user;
    if (!user) throw errLogin();
    const id = tryDecodeId(IdType.sourceLink, ctx.params.id ?? "");
    const link = id === undefined ? undefined : store.links.get(id);
    const file = link ? store.files.get(link.fileId) : undefined;
    if (!link || !file || file.ownerId !== user.id) throw new AppError(404, "Direct link not found");
    store.links.delete(link.id);
    return null;
  });

  router.get("/f/d/:id/:name", (ctx) => {
    if (!newerLinks(state).on) return plain404(ctx);
    const id = tryDecodeId(IdType.sourceLink, ctx.params.id ?? "");
    const link = id === undefined ? undefined : store.links.get(id);
    const file = link ? store.files.get(link.fileId) : undefined;
    const owner = file ? state.users.get(file.ownerId) : undefined;
    if (!link || link.name !== ctx.params.name || !file || !store.isAlive(file) || owner?.status !== "active") {
      writeError(ctx.res, new AppError(404, "Direct link invalid"), 404);
      return HANDLED;
    }
    const { url } = entityUrl(state, originOf(state, ctx), file.primaryEntity, link.name, "&download=true");
    ctx.res.writeHead(302, { Location: url, "Cache-Control": `public, max-age=${ENTITY_URL_TTL - 60}` });
    ctx.res.end();
    return HANDLED;
  });
}

/**
 * Test-only hooks (mounted in test mode only):
 *   GET /api/__test/newer-links   {on}
 *   PUT /api/__test/newer-links   {on: boolean} → same; switches the feature site-wide
 */
export function registerNewerLinkTestRoutes(router: Router, state: State): void {
  const f = newerLinks(state);
  router.get("/api/__test/newer-links", () => ({ on: f.on }));
  router.put("/api/__test/newer-links", async (ctx) => {
    const b = await ctx.json<{ on?: unknown }>();
    if (typeof b.on !== "boolean") throw paramError("on must be a boolean");
    f.on = b.on;
    return { on: f.on };
  });
}
