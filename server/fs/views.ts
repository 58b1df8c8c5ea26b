import type { State } from "../state/state.ts";
import type { ExplorerView } from "./types.ts";

/**
 * The real server keeps ONE default folder view object per process (shared by `my`, shares and
 * shared-with-me) and one for the trash. A listing of a folder without a saved view takes its
 * page size and order from that object and then writes the values it used back into it, so
 * whatever the last such listing asked for becomes everyone's default (contract, "Verified
 * against a running server" 2). The stand-in keeps the same two objects per server state.
 */
export interface DefaultViews {
  /** `dbfs.defaultView` */
  main: ExplorerView;
  /** `defaultTrashView` */
  trash: ExplorerView;
}

export const installDefaultView = (): ExplorerView => ({ page_size: 100, view: "grid", thumbnail: true });
export const installTrashView = (): ExplorerView => ({ page_size: 0, view: "list", columns: [{ type: 0 }, { type: 2 }, { type: 8 }, { type: 7 }] });

const views = new WeakMap<State, DefaultViews>();

export function defaultViewsOf(state: State): DefaultViews {
  let v = views.get(state);
  if (!v) views.set(state, (v = { main: installDefaultView(), trash: installTrashView() }));
  return v;
}

/** Puts both objects back to their install values (a restart of the real server does the same). */
export function resetDefaultViews(state: State): DefaultViews {
  const v = defaultViewsOf(state);
  for (const k of Object.keys(v.main)) delete (v.main as unknown as Record<string, unknown>)[k];
  for (const k of Object.keys(v.trash)) delete (v.trash as unknown as Record<string, unknown>)[k];
  Object.assign(v.main, installDefaultView());
  Object.assign(v.trash, installTrashView());
  return v;
}

/** ExplorerView as Go serialises it: field order of the struct, omitempty fields left out. */
export function viewJson(v: ExplorerView): Record<string, unknown> {
  const out: Record<string, unknown> = { page_size: v.page_size };
  if (v.order) out.order = v.order;
  if (v.order_direction) out.order_direction = v.order_direction;
  if (v.view) out.view = v.view;
  if (v.thumbnail) out.thumbnail = true;
  if (v.gallery_width) out.gallery_width = v.gallery_width;
  if (v.columns?.length) out.columns = v.columns;
  return out;
}
