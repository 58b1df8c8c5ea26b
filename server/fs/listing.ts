import { randomUUID } from "node:crypto";
import { NavCap } from "../core/boolset.ts";
import type { Ctx } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { bindingError, queryInt } from "./http.ts";
import { errPathNotExist, openForRead, type Nav } from "./nav.ts";
import { cursorPage, levelPage, offsetPage, orderFrom, sortedChildren, sortNodes, type Order, type PageResult } from "./paging.ts";
import { DEFAULT_TRASH_VIEW, DEFAULT_VIEW, displayName, fileJson, savedView, storagePolicyJson, zeroFileJson } from "./present.ts";
import { buildPredicate } from "./search.ts";
import type { ExplorerView, FileNode } from "./types.ts";
import { searchParams, type SearchParams } from "./uri.ts";

const FULL_ORDER_BY = ["name", "size", "updated_at", "created_at"];
const FULL_DIRECTIONS = ["asc", "desc"];

/** `GET /api/v4/file` (contract §8.1). */
export function listFiles(state: State, ctx: Ctx): unknown {
  const uriStr = ctx.query.get("uri");
  if (!uriStr) throw bindingError("Uri cannot be empty");
  const page = queryInt(ctx, "page") ?? 0;
  const requestedSize = queryInt(ctx, "page_size") ?? 0;
  if (page < 0 || requestedSize < 0) throw bindingError("Parameter error");
  const token = ctx.query.get("next_page_token") ?? "";

  const { nav, loc } = openForRead(state, ctx.who, uriStr, [NavCap.ListChildren]);
  const search = searchParams(nav.uri.query);
  const parent = loc.target;
  if (nav.fs === "trash" && nav.uri.elements.length > 0) throw errPathNotExist();
  if (nav.fs !== "trash" && !parent) throw errPathNotExist();
  if (parent && parent.type !== 1) throw errPathNotExist();

  const baseView = viewFor(nav, parent);
  const pageSize = Math.min(requestedSize > 0 ? requestedSize : baseView?.page_size || 100, state.settings.maxPageSize);
  const orderBy = ctx.query.get("order_by") || baseView?.order || "";
  const direction = ctx.query.get("order_direction") || baseView?.order_direction || "";
  const isFlat = nav.fs === "trash" || nav.fs === "shared_with_me";

  const nameOf = nav.fs === "trash" ? displayName : undefined;
  let result: PageResult;
  let mixed = false;
  let singleFile = false;
  if (nav.fs === "share" && nav.singleFile) {
    singleFile = true;
    result = { items: [nav.singleFile], pagination: { page: 0, page_size: 0 } };
  } else if (search) {
    mixed = true;
    const order = orderFrom(orderBy, direction, true);
    if (isFlat) {
      const pred = buildPredicate(search, nameOf);
      result = cursorPage(sortNodes(flatItems(nav).filter(pred), order, nameOf), order, pageSize, token, nameOf);
    } else {
      result = levelPage(searchLevels(parent!, search, order), order, pageSize, token);
    }
  } else {
    const order = orderFrom(orderBy, direction, false);
    const list = isFlat ? sortNodes(flatItems(nav), order, nameOf) : sortedChildren(parent!, order);
    result = state.settings.useCursorPagination ? cursorPage(list, order, pageSize, token, nameOf) : offsetPage(list, page, pageSize);
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
    mixed_type: mixed,
  };
  if (singleFile) out.single_file_view = true;
  if (nav.fs !== "trash") out.storage_policy = storagePolicyJson(state, nav.who.user);
  if (baseView) {
    const view: ExplorerView = { ...baseView, page_size: pageSize };
    if (orderBy) view.order = orderBy;
    else delete view.order;
    if (direction) view.order_direction = direction;
    else delete view.order_direction;
    out.view = view;
  }
  return out;
}

/** The view a listing applies and returns, or undefined when view sync is off (contract §8.19). */
function viewFor(nav: Nav, parent: FileNode | undefined): ExplorerView | undefined {
  const user = nav.who.user;
  switch (nav.fs) {
    case "trash":
    case "shared_with_me": {
      if (user?.disableViewSync) return undefined;
      const saved = user?.fsViewMap[nav.fs] as ExplorerView | undefined;
      return { ...(saved ?? (nav.fs === "trash" ? DEFAULT_TRASH_VIEW : DEFAULT_VIEW)) };
    }
    case "share": {
      const owner = nav.store.state.users.get(nav.share!.ownerId);
      if (owner?.disableViewSync) return undefined;
      if (!nav.share!.shareView && user?.id !== nav.share!.ownerId) return undefined;
      return { ...(savedView(parent) ?? DEFAULT_VIEW) };
    }
    case "my": {
      const owner = parent ? nav.store.state.users.get(parent.ownerId) : user;
      if (owner?.disableViewSync) return undefined;
      return { ...(savedView(parent) ?? DEFAULT_VIEW) };
    }
  }
}

/** Items of the flat file systems (trash root, shared-with-me root). */
function flatItems(nav: Nav): FileNode[] {
  const userId = nav.who.user!.id;
  if (nav.fs === "trash") return [...(nav.store.trash.get(userId) ?? [])];
  return [...(nav.store.symbolic.get(userId) ?? [])].filter((n) => n.parent && nav.store.isAlive(n));
}

/** Recursive search below a folder, level by level (share shortcuts are not entered). */
function searchLevels(root: FileNode, search: SearchParams, order: Order): FileNode[][] {
  const pred = buildPredicate(search);
  const levels: FileNode[][] = [];
  let frontier: FileNode[] = [root];
  while (frontier.length) {
    const next: FileNode[] = [];
    const hits: FileNode[] = [];
    for (const folder of frontier) {
      for (const c of folder.children?.values() ?? []) {
        if (pred(c)) hits.push(c);
        if (c.type === 1 && !c.isSymbolic) next.push(c);
      }
    }
    levels.push(sortNodes(hits, order));
    frontier = next;
  }
  return levels;
}
