import { randomBytes, randomUUID } from "node:crypto";
import { queueMediaMeta } from "./mediaMeta.ts";
import { createWriteStream } from "node:fs";
import { AppError } from "../core/envelope.ts";
import { GroupPerm, NavCap } from "../core/boolset.ts";
import { decodeId, encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { aggregate, collect } from "./routesFiles.ts";
import { body, bindingError, optBool, optStr, originOf, reqList, reqStr, writeError } from "./http.ts";
import { assertUnlocked } from "./locks.ts";
import { contentTypeOf } from "./mime.ts";
import { THUMB_EXTS, extOf } from "./names.ts";
import { errNotSupported, errOwnerOnly, errPathNotExist, isOwnerOrAdmin, locate, mustLocate, openForRead, openNav, ownerUri, userPath } from "./nav.ts";
import { createChain, errQuota, quotaLeft } from "./ops.ts";
import { displayName, fileJson, rfc3339 } from "./present.ts";
import { contentDisposition, serveBytes } from "./serve.ts";
import { signPath, verifySign } from "../core/sign.ts";
import { fsOf, type FsStore } from "./store.ts";
import { thumbnailOf } from "./thumb.ts";
import type { Entity, FileNode } from "./types.ts";
import { zipSize, writeZip, type ZipEntry } from "./zip.ts";
import { findViewer } from "../routes/viewerApps.ts";
import { takeBadSign } from "./faults.ts";

export const ENTITY_URL_TTL = 3600;
const ARCHIVE_TTL = 600;
const MAX_EDIT_SIZE = 50 * 1024 * 1024;
const errEntity = () => new AppError(40077, "Entity not exist");

/** A secret no URL is checked against: what a test's `badSignedUrls` fault signs with. */
const wrongSecret = (state: State) => `${state.config.secret}/not-this-server`;

/**
 * Signed content URL of an entity (contract §8.9 URL shape for local storage). `forUser` is who
 * it is handed to, so a test fault can make that account's next URLs unusable.
 */
export function entityUrl(state: State, origin: string, entityId: number, name: string, extra = "", forUser?: number): { url: string; expires: Date } {
  const path = `/api/v4/file/content/${encodeId(IdType.entity, entityId)}/0/${encodeURIComponent(name)}`;
  const secret = forUser !== undefined && takeBadSign(state, forUser) ? wrongSecret(state) : undefined;
  const { sign, expires } = signPath(state, path, ENTITY_URL_TTL, secret);
  return { url: `${origin}${path}?sign=${encodeURIComponent(sign)}${extra}`, expires };
}

/** The entity a download of `file` serves (a specific version when asked). */
function pickEntity(store: FsStore, file: FileNode, entityParam: string): number {
  if (file.type !== 0) throw errEntity();
  if (!entityParam) {
    if (file.primaryEntity && !store.entities.has(file.primaryEntity)) throw errEntity();
    return file.primaryEntity;
  }
  const id = tryDecodeId(IdType.entity, entityParam);
  if (id === undefined || !file.entities.includes(id)) throw errEntity();
  return id;
}

export function registerContentRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  router.post("/api/v4/file/url", async (ctx) => {
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
  });

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

  router.get("/api/v4/file/archive/:sessionID/archive.zip", async (ctx) => {
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
  });

  router.get("/api/v4/file/thumb", (ctx) => {
    const uri = ctx.query.get("uri");
    if (!uri) throw bindingError("Uri cannot be empty");
    const { loc } = openForRead(state, ctx.who, uri, [NavCap.GenerateThumb]);
    const target = loc.target;
    if (!target) throw errPathNotExist();
    if (target.type !== 0 || target.metadata.has("thumb:disabled")) throw errEntity();
    const entity = target.primaryEntity ? store.entities.get(target.primaryEntity) : undefined;
    if (!THUMB_EXTS.has(extOf(target.name)) || !entity || entity.size === 0 || entity.uploadSessionId) {
      if (!entity?.uploadSessionId) target.metadata.set("thumb:disabled", "");
      throw errEntity();
    }
    const { url, expires } = entityUrl(state, originOf(state, ctx), entity.id, displayName(target), "&thumb=true", ctx.who.user?.id ?? 0);
    return { url, expires: rfc3339(expires) };
  });

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

  router.put("/api/v4/file/content", async (ctx) => {
    const uri = ctx.query.get("uri");
    if (!uri) throw bindingError("Uri cannot be empty");
    const previous = ctx.query.get("previous") ?? "";
    const nav = openNav(state, ctx.who, uri, [NavCap.UploadFile, NavCap.LockFile]);
    const user = ctx.who.user!;
    const declared = Number(ctx.header("content-length") ?? ctx.header("x-expected-entity-length") ?? 0) || 0;
    if (declared > MAX_EDIT_SIZE) throw new AppError(40049, "File is too large");
    const loc = locate(nav);
    let target = loc.target;
    if (target) {
      if (target.ownerId !== user.id) throw errOwnerOnly();
      if (target.type !== 0) throw errNotSupported();
      if (previous) {
        const prev = tryDecodeId(IdType.entity, previous);
        if (prev === undefined) throw new AppError(40001, "Unknown version ID");
        if (target.primaryEntity !== prev) throw new AppError(40076, "File is updated during your edit");
      }
      assertUnlocked(store, user.id, user.id, ownerUri(store, target));
    } else if (loc.ancestor && loc.ancestor.ownerId !== user.id) throw errOwnerOnly();
    if (declared > quotaLeft(state, store, user.id)) throw errQuota();
    const data = await ctx.body();
    if (data.length > MAX_EDIT_SIZE) throw new AppError(40049, "File is too large");
    target ??= createChain(store, loc.ancestor!, nav.uri.elements, loc.depth, 0);
    const entity = await writeEntity(store, data, user.id);
    store.linkEntity(target, entity);
    store.setPrimary(target, entity);
    store.touch(target);
    store.capVersions(target, store.retentionFor(user, target.name));
    queueMediaMeta(store, target, entity);
    return fileJson(nav, target);
  });

  const versionBody = async (ctx: Ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const version = reqStr(b, "version", "Version");
    const nav = openNav(state, ctx.who, uri, [NavCap.VersionControl]);
    const target = mustLocate(nav);
    if (target.ownerId !== ctx.who.user?.id) throw errOwnerOnly();
    if (target.type !== 0) throw errNotSupported();
    const id = tryDecodeId(IdType.entity, version);
    if (id === undefined) throw new AppError(40001, "Failed to parse object ID");
    return { target, id };
  };

  router.post("/api/v4/file/version/current", async (ctx) => {
    const { target, id } = await versionBody(ctx);
    if (target.primaryEntity === id) return undefined;
    const e = store.entities.get(id);
    if (!e || e.type !== 0 || e.uploadSessionId || !target.entities.includes(id)) throw errEntity();
    store.setPrimary(target, e);
    for (const eid of [...target.entities]) if (store.entities.get(eid)?.type === 1) store.unlinkEntity(target, eid);
    return undefined;
  });

  router.delete("/api/v4/file/version", async (ctx) => {
    const { target, id } = await versionBody(ctx);
    if (target.primaryEntity === id) throw errNotSupported();
    if (!target.entities.includes(id)) throw errEntity();
    const e = store.entities.get(id);
    if (e?.uploadSessionId) target.metadata.delete("sys:upload_session_id");
    store.unlinkEntity(target, id);
    return undefined;
  });

  router.put("/api/v4/file/viewerSession", async (ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const viewerId = reqStr(b, "viewer_id", "ViewerID");
    const action = reqStr(b, "preferred_action", "PreferredAction");
    if (action !== "view" && action !== "edit") throw bindingError("Invalid parameters.");
    const version = optStr(b, "version");
    const { loc } = openForRead(state, ctx.who, uri, [NavCap.DownloadFile]);
    const target = loc.target;
    if (!target) throw errPathNotExist();
    if (target.type !== 0) throw errNotSupported();
    if (version) pickEntity(store, target, version);
    const viewer = findViewer(state, viewerId);
    if (!viewer) throw new AppError(40001, "Viewer not found");
    if (target.size > MAX_EDIT_SIZE && action === "edit") throw new AppError(40049, "File is too large");
    const id = randomUUID();
    const session = { id, access_token: `${id}.${randomBytes(96).toString("base64url")}`, expires: Date.now() + 36000 * 1000 };
    if (viewer.type !== "wopi") return { session };
    // The action URL the WOPI discovery gave for the extension, with the file's WOPI endpoint in it.
    const actions = viewer.wopi_actions?.[extOf(target.name)] ?? {};
    const tpl = actions[action] ?? actions.view ?? actions.edit;
    if (!tpl) throw new AppError(40001, "Viewer not found");
    const src = `${originOf(state, ctx)}/api/v4/file/wopi/${id}`;
    const url = tpl.replace("{$src}", encodeURIComponent(src));
    return { session, wopi_src: /^https?:/.test(url) ? url : `${originOf(state, ctx)}${url}` };
  });
}

/** Writes bytes as a new finished version entity. */
export async function writeEntity(store: FsStore, data: Buffer, createdBy: number): Promise<Entity> {
  const path = store.blobPath();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on("error", reject);
    out.end(data, resolve);
  });
  return store.newEntity({ size: data.length, path, createdBy });
}
