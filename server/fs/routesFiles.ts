import { NavCap } from "../core/boolset.ts";
import { AppError } from "../core/envelope.ts";
import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import { takeCreateFault } from "./faults.ts";
import type { State } from "../state/state.ts";
import { fileInfo } from "./fileInfo.ts";
import { body, bindingError, optBool, optStrMap, reqList, reqStr } from "./http.ts";
import { listFiles } from "./listing.ts";
import { assertUnlocked, release } from "./locks.ts";
import { validateMetadataMap } from "./metadata.ts";
import { assertValidName, extOf } from "./names.ts";
import { errNotSupported, errOwnerOnly, isFsRoot, locate, mustLocate, openNav, ownerUri } from "./nav.ts";
import { createChain, errExists } from "./ops.ts";
import { fileJson } from "./present.ts";
import { registerMoveRoutes } from "./routesMove.ts";
import { registerPropRoutes } from "./routesProps.ts";
import { fsOf } from "./store.ts";

/** HTTP 500 with an empty body, as gin's recovery answers a panic. */
function emptyServerError(ctx: Ctx): typeof HANDLED {
  ctx.res.writeHead(500, { "Content-Length": 0 });
  ctx.res.end();
  return HANDLED;
}

/**
 * Listing, details, creating, renaming and unlocking files; moving and properties have route
 * groups of their own, registered from here.
 */
export function registerFileOpRoutes(router: Router, state: State): void {
  const store = fsOf(state);

  router.get("/api/v4/file", (ctx) => listFiles(state, ctx));

  router.get("/api/v4/file/info", (ctx) => fileInfo(state, ctx));

  router.post("/api/v4/file/create", async (ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const type = reqStr(b, "type", "Type");
    if (type !== "file" && type !== "folder") throw bindingError("Invalid parameters.");
    const metadata = optStrMap(b, "metadata");
    const errOnConflict = optBool(b, "err_on_conflict");
    // Saving one's own share as a shortcut is allowed: the real server only checks that
    // sys:shared_redirect is a share URI (metadata.go); 40059 "save own share" is a legacy code.
    // Test hook: a Go panic inside the handler, which gin's recovery answers with an empty 500.
    const fault = takeCreateFault(state, ctx.who.user?.id);
    if (fault === "before") return emptyServerError(ctx);
    validateMetadataMap(state, metadata);
    const nav = openNav(state, ctx.who, uri, [NavCap.CreateFile, NavCap.LockFile]);
    const fileType = type === "folder" ? 1 : 0;
    const loc = locate(nav);
    if (loc.target) {
      if (loc.target.type !== fileType || errOnConflict) throw errExists();
      if (fault) return emptyServerError(ctx);
      return fileJson(nav, loc.target, { metadataNull: true });
    }
    const ancestor = loc.ancestor!;
    if (ancestor.ownerId !== ctx.who.user?.id) throw errOwnerOnly();
    assertUnlocked(
      store,
      ancestor.ownerId,
      ctx.who.user?.id,
      ownerUri(store, ancestor) + "/" + nav.uri.elements.slice(loc.depth).map(encodeURIComponent).join("/"),
    );
    const created = createChain(store, ancestor, nav.uri.elements, loc.depth, fileType, {
      metadata,
      symbolic: "sys:shared_redirect" in metadata,
    });
    if (fault) return emptyServerError(ctx);
    return fileJson(nav, created, { metadataNull: true });
  });

  router.post("/api/v4/file/rename", async (ctx) => {
    const b = await body(ctx);
    const uri = reqStr(b, "uri", "Uri");
    const newName = reqStr(b, "new_name", "NewName");
    if ([...newName].length > 255) throw bindingError("NewName too long");
    const nav = openNav(state, ctx.who, uri, [NavCap.RenameFile, NavCap.LockFile]);
    const target = mustLocate(nav);
    if (target.ownerId !== ctx.who.user?.id) throw errOwnerOnly();
    if (isFsRoot(nav, target)) throw errNotSupported();
    assertValidName(newName);
    const sibling = target.parent?.children?.get(newName);
    if (sibling && sibling !== target) throw errExists();
    assertUnlocked(store, target.ownerId, ctx.who.user?.id, ownerUri(store, target));
    const oldExt = extOf(target.name);
    store.rename(target, newName);
    if (target.type === 0 && oldExt !== extOf(newName)) target.metadata.delete("thumb:disabled");
    return fileJson(nav, target, { metadataNull: true });
  });

  router.delete("/api/v4/file/lock", async (ctx) => {
    const b = await body(ctx);
    const tokens = reqList(b, "tokens", "Tokens");
    if (tokens.length > 16384) throw bindingError("Tokens too long");
    for (const t of tokens) if (!store.locks.has(t)) throw new AppError(40001, "failed to unlock file");
    for (const t of tokens) release(store, t);
    return undefined;
  });

  registerMoveRoutes(router, state);
  registerPropRoutes(router, state);
}
