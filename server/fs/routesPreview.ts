import { randomBytes, randomUUID } from "node:crypto";
import { AppError } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import type { Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { findViewer } from "../routes/viewerApps.ts";
import { entityUrl, errEntity, MAX_EDIT_SIZE, pickEntity } from "./entities.ts";
import { bindingError, body, optStr, originOf, reqStr } from "./http.ts";
import { THUMB_EXTS, extOf } from "./names.ts";
import { errNotSupported, errPathNotExist, openForRead } from "./nav.ts";
import { displayName, rfc3339 } from "./present.ts";
import { fsOf } from "./store.ts";

/** Thumbnails and viewer sessions: what previews and the viewer apps ask for before the bytes. */
export function registerPreviewRoutes(router: Router, state: State): void {
  const store = fsOf(state);

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
