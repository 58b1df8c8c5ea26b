import { AppError } from "../core/envelope.ts";
import type { State } from "../state/state.ts";
import { fsOf } from "../fs/store.ts";
import { shareJson } from "./fileJson.ts";
import { originOf } from "../fs/http.ts";
import { type adminRoutes, emptyOk, idCondition, idList, listRequest, pageOf, pathId, sortItems } from "./http.ts";

/** `/admin/share…`: every user's shares, and deleting them. */
export function registerShareAdminRoutes(admin: ReturnType<typeof adminRoutes>, state: State): void {
  const store = fsOf(state);

  admin.post("/share", async (ctx) => {
    const req = await listRequest(ctx);
    const user = idCondition(req, "share_user_id", "user");
    const file = idCondition(req, "share_file_id", "file");
    const only = req.conditions.share_id ? new Set(req.conditions.share_id.split(",").map((s) => Number(s.trim()))) : undefined;
    const shares = [...store.shares.values()].filter((s) => (!user || s.ownerId === user) && (!file || s.fileId === file) && (!only || only.has(s.id)));
    const sorted = sortItems(shares, req, { views: (s) => s.views, downloads: (s) => s.downloads, remain_downloads: (s) => s.remainDownloads ?? -1 });
    const { pagination, items } = pageOf(sorted, req);
    const origin = originOf(state, ctx);
    return { pagination, shares: items.map((s) => shareJson(state, s, origin)) };
  });

  admin.get("/share/:id", (ctx) => {
    const share = store.shares.get(pathId(ctx));
    if (!share) throw new AppError(50001, "Failed to get share");
    return shareJson(state, share, originOf(state, ctx));
  });

  admin.post("/share/batch/delete", async (ctx) => {
    const ids = await idList(ctx, "ShareIDs");
    for (const id of ids) store.shares.delete(id);
    return emptyOk(ctx);
  });
}
