import { randomUUID } from "node:crypto";
import { AppError } from "../core/envelope.ts";
import { GroupPerm, NavCap } from "../core/boolset.ts";
import { decodeId, encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { aggregate, collect } from "./batch.ts";
import { ENTITY_URL_TTL, entityUrl, errEntity, pickEntity, wrongSecret } from "./entities.ts";
import { body, optBool, optStr, originOf, reqList, writeError } from "./http.ts";
import { contentTypeOf } from "./mime.ts";
import { errNotSupported, errOwnerOnly, errPathNotExist, isOwnerOrAdmin, mustLocate, openForRead, openNav, userPath } from "./nav.ts";
import { displayName, rfc3339 } from "./present.ts";
import { registerEditRoutes } from "./routesEdit.ts";
import { registerPreviewRoutes } from "./routesPreview.ts";
import { contentDisposition, serveBytes } from "./serve.ts";
import { signPath, verifySign } from "../core/sign.ts";
import { fsOf } from "./store.ts";
import { thumbnailOf } from "./thumb.ts";
import type { FileNode } from "./types.ts";
import { zipSize, writeZip, type ZipEntry } from "./zip.ts";
import { takeBadSign } from "./faults.ts";

const ARCHIVE_TTL = 600;

/**
 * Getting at file bytes: signed URLs for files and archives, the signed content and archive
 * routes, direct links; editing and previews have route groups of their own, registered from here.
 */
export function registerContentRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  router.post("/api/v4/file/url", (ctx) => fileUrls(state, ctx));

  router.on("OPTIONS", "/api/v4/file/content/*option", (ctx) => {
    ctx.res.writeHead(204, {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "*",
      "Access-Control-Max-Age": "86400",
    });
    ctx.res.end();
    return HANDLED;
  });

  router.get("/api/v4/file/content/:id/:speed/:name", async (ctx) => {
    ctx.res.setHeader("Access-Control-Allow-Origin", "*");
    verifySign(state, ctx.url.pathname, ctx.query.get("sign"));
    const entityId = decodeId(IdType.entity, ctx.params.id!);
    const name = ctx.params.name ?? "";
    const entity = entityId === 0 ? undefined : store.entities.get(entityId);
    if (entityId !== 0 && (!entity || entity.uploadSessionId)) throw errEntity();
    const download = ctx.query.get("download") === "true";
    const headers: Record<string, string> = {
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=86400",
    };
    if (ctx.req.method === "GET") headers["Content-Security-Policy"] = "sandbox";
    if (ctx.query.get("thumb") === "true" && entity) {
      const thumb = await thumbnailOf(state, store, entity, name);
      return serveBytes(ctx, { path: thumb.path, contentType: thumb.type, headers, disposition: contentDisposition("inline", name) });
    }
    return serveBytes(ctx, {
      path: entity?.path,
      size: entity?.size ?? 0,
      contentType: contentTypeOf(name),
      disposition: contentDisposition(download ? "attachment" : "inline", name),
      headers,
      mtime: entity?.updatedAt,
    });
  });

  router.get("/api/v4/file/archive/:sessionID/archive.zip", (ctx) => serveArchive(state, ctx));

  router.put("/api/v4/file/source", async (ctx) => {
    const b = await body(ctx);
    const uris = reqList(b, "uris", "Uris", 1);
    if (uris.length > state.settings.maxBatchedFile) throw new AppError(40074, "Maximum number of batch operations exceeded");
    const batch = ctx.who.group.sourceBatch;
    if (batch <= 0) throw new AppError(40007, "Group not allowed to create direct links");
    if (uris.length > batch) throw new AppError(40014, "Too many files for direct links");
    const origin = originOf(state, ctx);
    const res = await collect(uris, (u) => {
      const nav = openNav(state, ctx.who, u, [NavCap.DownloadFile]);
      const t = mustLocate(nav);
      if (!isOwnerOrAdmin(ctx.who, t)) throw errOwnerOnly();
      if (t.type !== 0) throw errNotSupported();
      const link = store.newLink(t.id, t.name);
      return { link: `${origin}/f/${encodeId(IdType.sourceLink, link.id)}/${encodeURIComponent(link.name)}`, file_url: userPath(nav, t) };
    });
    const failures = Object.keys(res.failed).length;
    if (failures) {
      const msg = failures === 1 ? res.lastMsg : "One or more operation failed";
      throw new AppError(40081, msg, res.ok.length ? res.ok : undefined, res.failed);
    }
    return res.ok;
  });

  router.get("/f/:id/:name", (ctx) => {
    const notFound = () => {
      writeError(ctx.res, new AppError(404, "Direct link invalid"), 404);
      return HANDLED;
    };
    const linkId = tryDecodeId(IdType.sourceLink, ctx.params.id ?? "");
    const link = linkId === undefined ? undefined : store.links.get(linkId);
    if (!link || link.name !== ctx.params.name) return notFound();
    const file = store.files.get(link.fileId);
    const owner = file ? state.users.get(file.ownerId) : undefined;
    if (!file || !store.isAlive(file) || owner?.status !== "active") return notFound();
    const { url } = entityUrl(state, originOf(state, ctx), file.primaryEntity, link.name);
    ctx.res.writeHead(302, { Location: url, "Cache-Control": `public, max-age=${ENTITY_URL_TTL - 60}` });
    ctx.res.end();
    return HANDLED;
  });

  registerEditRoutes(router, state);
  registerPreviewRoutes(router, state);
}

/** Signed download URLs of files (or of one archive of them; docs/server-behaviour.md, "Downloads and links"). */
async function fileUrls(state: State, ctx: Ctx): Promise<unknown> {
  const store = fsOf(state);
  const b = await body(ctx);
  const uris = reqList(b, "uris", "Uris");
  const download = optBool(b, "download");
  const redirect = optBool(b, "redirect");
  const entityParam = optStr(b, "entity");
  const skipError = optBool(b, "skip_error");
  if (uris.length > state.settings.maxBatchedFile) throw new AppError(40074, "Maximum number of batch operations exceeded");
  const origin = originOf(state, ctx);

  if (optBool(b, "archive")) {
    if (!ctx.who.group.permission.has(GroupPerm.ArchiveDownload)) throw new AppError(40007, "Group not allowed to download archive");
    const res = await collect(uris, (u) => {
      const { loc } = openForRead(state, ctx.who, u, [NavCap.DownloadFile]);
      if (!loc.target) throw errPathNotExist();
      return loc.target.id;
    });
    aggregate(res.failed, res.lastMsg);
    const id = randomUUID();
    store.archives.set(id, { id, userId: ctx.who.user?.id ?? 0, fileIds: res.ok, expires: Date.now() + ARCHIVE_TTL * 1000 });
    const path = `/api/v4/file/archive/${id}/archive.zip`;
    const { sign, expires } = signPath(state, path, ARCHIVE_TTL, takeBadSign(state, ctx.who.user?.id) ? wrongSecret(state) : undefined);
    return { urls: [{ url: `${origin}${path}?sign=${encodeURIComponent(sign)}` }], expires: rfc3339(expires) };
  }

  const urls: { url: string }[] = [];
  let earliest: Date | undefined;
  const res = await collect(uris, (u) => {
    const { nav, loc } = openForRead(state, ctx.who, u, [NavCap.DownloadFile]);
    const target = loc.target;
    if (!target) throw errPathNotExist();
    const entityId = pickEntity(store, target, entityParam);
    if (nav.share && nav.singleFile === target) {
      nav.share.downloads++;
      if (nav.share.remainDownloads !== undefined) nav.share.remainDownloads--;
    }
    const { url, expires } = entityUrl(state, origin, entityId, displayName(target), download ? "&download=true" : "", ctx.who.user?.id ?? 0);
    if (!earliest || expires < earliest) earliest = expires;
    return { uri: u, url };
  });
  const byUri = new Map(res.ok.map((r) => [r.uri, r.url]));
  if (!skipError) aggregate(res.failed, res.lastMsg);
  for (const u of uris) urls.push({ url: byUri.get(u) ?? "" });
  if (redirect && uris.length === 1 && urls[0]?.url) {
    ctx.res.writeHead(302, { Location: urls[0].url, "Cache-Control": "private, no-cache" });
    ctx.res.end();
    return HANDLED;
  }
  return { urls, expires: earliest ? rfc3339(earliest) : null };
}

/** Streams the zip of an archive session, built while it is sent. */
async function serveArchive(state: State, ctx: Ctx): Promise<unknown> {
  const store = fsOf(state);
  verifySign(state, ctx.url.pathname, ctx.query.get("sign"));
  const session = store.archives.get(ctx.params.sessionID ?? "");
  if (!session || session.expires < Date.now()) throw new AppError(404, "Archive session not found");
  const entries: ZipEntry[] = [];
  const add = (node: FileNode, prefix: string) => {
    const name = prefix + displayName(node);
    if (node.type === 1) {
      entries.push({ name: name + "/", dir: true, size: 0, mtime: node.updatedAt });
      for (const c of node.children!.values()) add(c, name + "/");
    } else {
      const e = node.primaryEntity ? store.entities.get(node.primaryEntity) : undefined;
      if (e?.uploadSessionId) return;
      entries.push({ name, dir: false, path: e?.path, size: e?.size ?? 0, mtime: node.updatedAt });
    }
  };
  for (const id of session.fileIds) {
    const node = store.files.get(id);
    if (node && store.isAlive(node)) add(node, "");
  }
  ctx.res.writeHead(200, {
    "Content-Type": "application/zip",
    "Content-Disposition": contentDisposition("attachment", "archive.zip"),
    "Content-Length": zipSize(entries),
  });
  if (ctx.req.method === "HEAD") {
    ctx.res.end();
    return HANDLED;
  }
  try {
    await writeZip(ctx.res, entries);
    ctx.res.end();
  } catch {
    ctx.res.destroy();
  }
  return HANDLED;
}
