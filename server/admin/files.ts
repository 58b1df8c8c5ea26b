import { AppError } from "../core/envelope.ts";
import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import { fsOf } from "../fs/store.ts";
import { originOf } from "../fs/http.ts";
import { entityUrl } from "../fs/entities.ts";
import { type adminRoutes, idCondition, idList, listRequest, pageOf, pathId, sortItems } from "./http.ts";
import { fileJson, policyOf } from "./fileJson.ts";
import { registerShareAdminRoutes } from "./shares.ts";
import { stampEntities } from "./policyUse.ts";

/** `/admin/file…`: every user's files, their links, hard deletes; the `/admin/share…` routes are registered from here. */
export function registerFileAdminRoutes(admin: ReturnType<typeof adminRoutes>, state: State): void {
  const store = fsOf(state);

  const mustFile = (id: number) => {
    const f = store.files.get(id);
    if (!f) throw new AppError(404, "File not found");
    return f;
  };

  admin.post("/file", async (ctx) => {
    const req = await listRequest(ctx);
    const user = idCondition(req, "file_user", "user");
    const policy = idCondition(req, "file_policy", "policy");
    const name = req.conditions.file_name?.toLowerCase();
    stampEntities(state);
    // Only regular files: folders and share shortcuts never show in this list.
    const files = [...store.files.values()].filter(
      (f) =>
        f.type === 0 &&
        !f.isSymbolic &&
        (!user || f.ownerId === user) &&
        (!policy || policyOf(state, f) === policy) &&
        (!name || f.name.toLowerCase().includes(name)),
    );
    const sorted = sortItems(files, req, { name: (f) => f.name, size: (f) => f.size, updated_at: (f) => f.updatedAt.getTime() });
    const { pagination, items } = pageOf(sorted, req);
    return { pagination, files: items.map((f) => fileJson(state, f)) };
  });

  admin.get("/file/:id", (ctx) => {
    const f = mustFile(pathId(ctx));
    stampEntities(state);
    const origin = originOf(state, ctx);
    const links = [...store.links.values()].filter((l) => l.fileId === f.id);
    const map = Object.fromEntries(links.map((l) => [String(l.id), `${origin}/f/${encodeId(IdType.sourceLink, l.id)}/${encodeURIComponent(l.name)}`]));
    return { ...fileJson(state, f), ...(links.length ? { direct_link_map: map } : {}) };
  });

  admin.get("/file/url/:id", (ctx) => {
    const f = mustFile(pathId(ctx));
    if (!f.primaryEntity || !store.entities.has(f.primaryEntity)) throw new AppError(404, "Primary entity not exist");
    return entityUrl(state, originOf(state, ctx), f.primaryEntity, f.name).url;
  });

  admin.post("/file/batch/delete", async (ctx) => {
    const ids = await idList(ctx);
    stampEntities(state);
    // Unknown ids are skipped; folders lose only their own row on the server, here their subtree.
    for (const id of ids) {
      const f = store.files.get(id);
      if (f) store.deleteTree(f);
    }
    return undefined;
  });

  registerShareAdminRoutes(admin, state);
}
