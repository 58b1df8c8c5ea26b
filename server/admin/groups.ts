import { AppError } from "../core/envelope.ts";
import { decodeBits, GroupPerm } from "../core/boolset.ts";
import { HANDLED, type Ctx } from "../core/router.ts";
import type { State } from "../state/state.ts";
import type { Group } from "../state/types.ts";
import { type adminRoutes, listRequest, pageOf, pathId, read, sortItems, wrapped } from "./http.ts";
import { groupJson } from "./json.ts";
import { applyPolicies, stampEntities } from "./policyUse.ts";
import { adminOf, groupExtra, type GroupSettings } from "./store.ts";

/** `/admin/group…`: list, get (with member count), create, update, delete with the server's safeguards. */

const SETTING_TYPES: Record<keyof GroupSettings, "int" | "bool" | "object"> = {
  compress_size: "int",
  decompress_size: "int",
  remote_download_options: "object",
  source_batch: "int",
  aria2_batch: "int",
  max_walked_files: "int",
  trash_retention: "int",
  redirected_source: "bool",
};

function settingsOf(o: Record<string, unknown>): GroupSettings {
  const raw = read.obj(o, "settings") ?? {};
  const out: Record<string, unknown> = {};
  for (const [k, kind] of Object.entries(SETTING_TYPES)) {
    if (raw[k] === undefined || raw[k] === null) continue;
    out[k] = kind === "int" ? read.int(raw, k) : kind === "bool" ? read.bool(raw, k) : read.obj(raw, k);
  }
  return out as GroupSettings;
}

interface GroupFields {
  name: string;
  maxStorage: number;
  speedLimit: number;
  permission: Set<number>;
  settings: GroupSettings;
  policyId: number;
}

function fieldsOf(o: Record<string, unknown>): GroupFields {
  const permissions = read.str(o, "permissions");
  if (permissions && !/^[A-Za-z0-9+/]*={0,2}$/.test(permissions)) throw new AppError(40001, "JSON marshall error", undefined, undefined, true);
  const policy = read.obj(read.obj(o, "edges") ?? {}, "storage_policies");
  return {
    name: read.str(o, "name"),
    maxStorage: read.int(o, "max_storage"),
    speedLimit: read.int(o, "speed_limit"),
    permission: decodeBits(permissions),
    settings: settingsOf(o),
    // -1: the server dereferences a missing edge and crashes (handled by the caller).
    policyId: policy ? read.int(policy, "id") : -1,
  };
}

function memberCount(state: State, id: number): number {
  let n = 0;
  for (const u of state.users.values()) if (u.groupId === id) n++;
  return n;
}

export function registerGroupAdminRoutes(admin: ReturnType<typeof adminRoutes>, state: State): void {
  const store = adminOf(state);

  const write = (group: Group, f: GroupFields) => {
    const extra = groupExtra(state, group.id);
    Object.assign(group, {
      name: f.name,
      maxStorage: f.maxStorage,
      permission: f.permission,
      sourceBatch: f.settings.source_batch ?? 0,
      trashRetention: f.settings.trash_retention ?? 0,
    });
    Object.assign(extra, { speedLimit: f.speedLimit, settings: f.settings, policyId: f.policyId, updatedAt: new Date() });
  };

  /** Reads the body; a missing policy edge is the server's nil dereference, an unknown policy its foreign key. */
  const bodyOf = async (ctx: Ctx) => {
    const { obj } = await wrapped(ctx, "group");
    const f = fieldsOf(obj);
    return { id: read.int(obj, "id"), f, crash: f.policyId === -1, bad: f.policyId !== -1 && !store.policies.has(f.policyId) };
  };

  admin.post("/group", async (ctx) => {
    const req = await listRequest(ctx);
    const sorted = sortItems([...state.groups.values()], req, { name: (g) => g.name, max_storage: (g) => g.maxStorage });
    const { pagination, items } = pageOf(sorted, req);
    return { groups: items.map((g) => groupJson(state, g, { policy: true })), pagination };
  });

  admin.get("/group/:id", (ctx) => {
    const group = state.groups.get(pathId(ctx));
    if (!group) throw new AppError(50001, "Failed to get group");
    // total_users has no omitempty: always there, 0 unless asked for.
    return { ...groupJson(state, group, { policy: true }), total_users: ctx.query.get("countUser") ? memberCount(state, group.id) : 0 };
  });

  admin.put("/group", async (ctx) => {
    const { id, f, crash, bad } = await bodyOf(ctx);
    if (id > 0) throw new AppError(40001, "ID must be 0");
    if (crash) return crashed(ctx);
    if (bad) throw new AppError(50001, "Failed to create group");
    const group: Group = { id: store.nextGroupId++, name: "", permission: new Set(), maxStorage: 0, sourceBatch: 0, trashRetention: 0 };
    store.groups.set(group.id, { speedLimit: 0, settings: {}, createdAt: new Date(), updatedAt: new Date() });
    write(group, f);
    state.groups.set(group.id, group);
    return { ...groupJson(state, group, { policy: true }), total_users: 0 };
  });

  admin.put("/group/:id", async (ctx) => {
    pathId(ctx);
    const { id, f, crash, bad } = await bodyOf(ctx);
    if (id === 0) throw new AppError(40001, "ID is required");
    if (id === 1 && !f.permission.has(GroupPerm.IsAdmin)) throw new AppError(40001, "Initial admin group have to be admin");
    if (crash) return crashed(ctx);
    const group = state.groups.get(id);
    if (!group || bad) throw new AppError(50001, "Failed to update group");
    const policyChanged = groupExtra(state, id).policyId !== f.policyId;
    if (policyChanged) stampEntities(state);
    write(group, f);
    if (policyChanged) applyPolicies(state);
    return { ...groupJson(state, group, { policy: true }), total_users: 0 };
  });

  admin.delete("/group/:id", (ctx) => {
    const id = pathId(ctx);
    if (id <= 3) throw new AppError(40040, "");
    const members = memberCount(state, id);
    if (members > 0) throw new AppError(40041, String(members));
    if (!state.groups.delete(id)) throw new AppError(50001, "Failed to delete group");
    store.groups.delete(id);
    return undefined;
  });
}

/** gin's recovery after a panic: HTTP 500 with an empty body. */
function crashed(ctx: Ctx) {
  ctx.res.writeHead(500, { "Cache-Control": "private, no-cache", "Content-Length": 0 });
  ctx.res.end();
  return HANDLED;
}
