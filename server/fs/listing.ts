import { randomUUID } from "node:crypto";
import { NavCap } from "../core/boolset.ts";
import type { Ctx } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { bindingError, queryInt } from "./http.ts";
import { errPathNotExist, openForRead, type Nav } from "./nav.ts";
import { cursorPage, offsetPage, orderFrom, sortedChildren, sortNodes, splitSorted, type PageResult } from "./paging.ts";
import { fileJson, savedView, storagePolicyJson, zeroFileJson } from "./present.ts";
import { buildPredicate, recursiveSearch } from "./search.ts";
import type { ExplorerView, FileNode } from "./types.ts";
import { searchParams } from "./uri.ts";
import { defaultViewsOf, viewJson } from "./views.ts";

const FULL_ORDER_BY = ["name", "size", "updated_at", "created_at"];
const FULL_DIRECTIONS = ["asc", "desc"];
const DEFAULT_PAGE_SIZE = 100;

/** `GET /api/v4/file` (docs/server-behaviour.md, "Listing"). */
export function listFiles(state: State, ctx: Ctx): unknown {
  const uriStr = ctx.query.get("uri");
  if (!uriStr) throw bindingError("Uri cannot be empty");
  const page = queryInt(ctx, "page") ?? 0;
  // page_size has no binding rule on the server: a negative value counts as "not given".
  const requestedSize = queryInt(ctx, "page_size") ?? 0;
  if (page < 0) throw bindingError("Page too short");
  const token = ctx.query.get("next_page_token") ?? "";

  const { nav, loc } = openForRead(state, ctx.who, uriStr, [NavCap.ListChildren]);
  const search = searchParams(nav.uri.query);
  const parent = loc.target;
  if (nav.fs === "trash" && nav.uri.elements.length > 0) throw errPathNotExist();
  if (nav.fs !== "trash" && !parent) throw errPathNotExist();
  if (parent && parent.type !== 1) throw errPathNotExist();

  // Like dbfs.List: the view supplies defaults, explicit parameters win, and the values used are
  // written back into the view object — which, for folders without a saved view, is shared by the
  // whole server (see views.ts).
  const view = viewFor(state, nav, parent);
  let pageSize = view?.page_size ?? 0;
  let direction = view?.order_direction ?? "";
  let orderBy = view?.order ?? "";
  if (requestedSize > 0) pageSize = requestedSize;
  if (ctx.query.get("order_direction")) direction = ctx.query.get("order_direction")!;
  if (ctx.query.get("order_by")) orderBy = ctx.query.get("order_by")!;
  if (pageSize > state.settings.maxPageSize) pageSize = state.settings.maxPageSize;
  else if (pageSize <= 0) pageSize = DEFAULT_PAGE_SIZE;
  if (view) {
    view.page_size = pageSize;
    view.order_direction = direction;
    view.order = orderBy;
  }

  const isFlat = nav.fs === "trash" || nav.fs === "shared_with_me";
  let result: PageResult | { items: FileNode[]; pagination: Record<string, unknown> | null };
  let mixed = false;
  let singleFile = false;
  let recursionLimitReached = false;
  if (nav.fs === "share" && nav.singleFile) {
    singleFile = true;
    result = { items: [nav.singleFile], pagination: { page: 0, page_size: 0 } };
  } else if (search) {
    const order = orderFrom(orderBy, direction, true);
    const pred = buildPredicate(search);
    if (isFlat) {
      // No parent folder: one flat query over the whole file system, mixed types.
      mixed = true;
      result = cursorPage({ mixed: sortNodes(flatItems(nav).filter(pred), order) }, order, pageSize, token);
    } else {
      const found = recursiveSearch(parent!, pred, order, pageSize, token, state.settings.maxRecursiveSearchedFolder);
      mixed = found.mixed;
      recursionLimitReached = found.recursionLimitReached;
      result = found;
    }
  } else {
    const order = orderFrom(orderBy, direction, false);
    const list = isFlat ? sortNodes(flatItems(nav), order) : sortedChildren(parent!, order);
    result = state.settings.useCursorPagination ? cursorPage(splitSorted(list), order, pageSize, token) : offsetPage(list, page, pageSize);
  }

  const props = {
    capability: nav.capString,
    max_page_size: state.settings.maxPageSize,
    order_by_options: search ? (isFlat ? ["created_at"] : null) : FULL_ORDER_BY,
    order_direction_options: search && !isFlat ? null : FULL_DIRECTIONS,
  };
  const out: Record<string, unknown> = {
    files: result.items.map((n) => fileJson(nav, n)),
    parent: parent && nav.fs !== "trash" ? fileJson(nav, parent) : zeroFileJson(),
    pagination: result.pagination,
    props,
    context_hint: randomUUID(),
  };
  if (recursionLimitReached) out.recursion_limit_reached = true;
  out.mixed_type = mixed;
  if (singleFile) out.single_file_view = true;
  if (nav.fs !== "trash") out.storage_policy = storagePolicyJson(state, nav.who.user);
  if (view) out.view = viewJson(view);
  return out;
}

/**
 * The view a listing applies and returns (docs/server-behaviour.md, "Folder views"), or undefined when view sync is off.
 * Saved views are copied (a listing changes only its own copy); the defaults are the shared
 * process-wide objects and are returned as they are, to be overwritten.
 */
function viewFor(state: State, nav: Nav, parent: FileNode | undefined): ExplorerView | undefined {
  const user = nav.who.user;
  const defaults = defaultViewsOf(state);
  switch (nav.fs) {
    // The trash and shared-with-me navigators read the user's saved root view or the default and
    // ignore the "disable view sync" preference.
    case "trash": {
      const saved = user?.fsViewMap.trash as ExplorerView | undefined;
      return saved ? { ...saved } : defaults.trash;
    }
    case "shared_with_me": {
      const saved = user?.fsViewMap.shared_with_me as ExplorerView | undefined;
      return saved ? { ...saved } : defaults.main;
    }
    case "share": {
      const owner = nav.store.state.users.get(nav.share!.ownerId);
      if (owner?.disableViewSync) return undefined;
      if (!nav.share!.shareView && user?.id !== nav.share!.ownerId) return undefined;
      const saved = savedView(parent);
      return saved ? { ...saved } : defaults.main;
    }
    case "my": {
      const owner = parent ? nav.store.state.users.get(parent.ownerId) : user;
      if (owner?.disableViewSync) return undefined;
      const saved = savedView(parent);
      return saved ? { ...saved } : defaults.main;
    }
  }
}

/**
 * Items of the flat file systems (trash root, shared-with-me root). Trashed items are sorted,
 * searched and paged by their stored name, which is the random UUID they got when trashed — not
 * the name shown — as on the real server.
 */
function flatItems(nav: Nav): FileNode[] {
  const userId = nav.who.user!.id;
  if (nav.fs === "trash") return [...(nav.store.trash.get(userId) ?? [])];
  return [...(nav.store.symbolic.get(userId) ?? [])].filter((n) => n.parent && nav.store.isAlive(n));
}
