import { describe, expect, it } from "vitest";
import { canSyncView, listParamsFrom, resolveView, savedSort, toViewInput, DEFAULT_VIEW } from "./viewSettings";

const props = { max_page_size: 500, order_by_options: ["name", "size", "updated_at", "created_at"], order_direction_options: ["asc", "desc"] };

describe("view settings", () => {
  it("takes the server view, then the local override, inside props", () => {
    const v = resolveView({ page_size: 100, view: "list", order: "name", order_direction: "desc", thumbnail: false }, { layout: "gallery" }, props);
    expect(v).toMatchObject({ layout: "gallery", pageSize: 100, orderBy: "name", direction: "desc", thumbnail: false });
    expect(resolveView({ page_size: 9000 }, undefined, props).pageSize).toBe(500);
    expect(resolveView(undefined, { pageSize: 10 }, props).pageSize).toBe(50);
  });

  it("drops orders the listing does not offer (search results)", () => {
    const v = resolveView({ order: "name" }, undefined, { max_page_size: 500, order_by_options: ["created_at"], order_direction_options: ["asc", "desc"] });
    expect(v.orderBy).toBe("created_at");
  });

  it("always has explicit parameters: local change, else the folder's saved sort, else name order", () => {
    expect(listParamsFrom({ layout: "grid" }, undefined)).toEqual({ pageSize: 100, orderBy: "name", direction: "asc" });
    expect(listParamsFrom({ pageSize: 200, orderBy: "size", direction: "desc" }, { orderBy: "updated_at" })).toEqual({
      pageSize: 200,
      orderBy: "size",
      direction: "desc",
    });
    expect(listParamsFrom({ direction: "desc" }, savedSort({ page_size: 300, order: "size", order_direction: "asc" }))).toEqual({
      pageSize: 300,
      orderBy: "size",
      direction: "desc",
    });
  });

  it("keeps the page size inside what the server allows", () => {
    expect(listParamsFrom({ pageSize: 5000 }, undefined, 2000).pageSize).toBe(2000);
    expect(listParamsFrom({ pageSize: 3 }, undefined, 2000).pageSize).toBe(50);
    expect(listParamsFrom(undefined, undefined, 20).pageSize).toBe(20);
  });

  it("reads only known orders from a saved view", () => {
    expect(savedSort({ page_size: 100, order: "bogus", order_direction: "desc" })).toEqual({ pageSize: 100, direction: "desc" });
    expect(savedSort(null)).toEqual({});
  });

  it("builds a PATCH body the server validates", () => {
    const body = toViewInput({ ...DEFAULT_VIEW, pageSize: 20, galleryWidth: 1000 });
    expect(body.page_size).toBe(50);
    expect(body.gallery_width).toBe(500);
    expect(body.order_direction).toBe("asc");
  });

  it("syncs only where the server stores views (§8.19)", () => {
    const base = { isRoot: false, isSearch: false, loggedIn: true, disableViewSync: false, parentOwned: true, folderCapability: "w8edAQ==" };
    expect(canSyncView({ ...base, fs: "my" })).toBe(true);
    expect(canSyncView({ ...base, fs: "my", disableViewSync: true })).toBe(false);
    expect(canSyncView({ ...base, fs: "my", parentOwned: false })).toBe(false);
    expect(canSyncView({ ...base, fs: "my", folderCapability: "gAKA" })).toBe(false);
    expect(canSyncView({ ...base, fs: "trash", isRoot: true, parentOwned: false, folderCapability: "AMIK" })).toBe(true);
    expect(canSyncView({ ...base, fs: "shared_with_me", isRoot: true })).toBe(true);
    expect(canSyncView({ ...base, fs: "share", parentOwned: false, folderCapability: "gIaYAQ==" })).toBe(false);
    expect(canSyncView({ ...base, fs: "my", isSearch: true })).toBe(false);
  });
});
