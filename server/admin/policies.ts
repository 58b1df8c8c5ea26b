import { AppError } from "../core/envelope.ts";
import { HANDLED, type Ctx } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { fsOf } from "../fs/store.ts";
import { type adminRoutes, listRequest, pageOf, pathId, read, sortItems, wrapped } from "./http.ts";
import { livePolicy, policyJson, POLICY_SETTING_KEYS } from "./json.ts";
import { applyPolicies, entityPolicyId, stampEntities } from "./policyUse.ts";
import { adminOf, groupExtra, LOCAL_DIR_RULE, type Policy } from "./store.ts";

/** `/admin/policy…`: list, get with usage, create, update, delete with safeguards, bucket CORS. */

const binding = () => new AppError(40001, "JSON marshall error", undefined, undefined, true);

function settingsOf(o: Record<string, unknown>): Record<string, unknown> {
  const raw = read.obj(o, "settings") ?? {};
  const out: Record<string, unknown> = {};
  for (const [k, kind] of Object.entries(POLICY_SETTING_KEYS)) {
    const v = raw[k];
    if (v === undefined || v === null) continue;
    if (kind === "strings") {
      if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw binding();
      out[k] = v;
    } else if (kind === "float") {
      if (typeof v !== "number") throw binding();
      out[k] = v;
    } else out[k] = kind === "int" ? read.int(raw, k) : kind === "bool" ? read.bool(raw, k) : read.str(raw, k);
  }
  return out;
}

type PolicyFields = Omit<Policy, "id" | "createdAt" | "updatedAt">;

function fieldsOf(o: Record<string, unknown>): PolicyFields {
  return {
    name: read.str(o, "name"),
    type: read.str(o, "type"),
    server: read.str(o, "server"),
    bucket_name: read.str(o, "bucket_name"),
    is_private: read.bool(o, "is_private"),
    access_key: read.str(o, "access_key"),
    secret_key: read.str(o, "secret_key"),
    max_size: read.int(o, "max_size"),
    dir_name_rule: read.str(o, "dir_name_rule"),
    file_name_rule: read.str(o, "file_name_rule"),
    settings: settingsOf(o),
    node_id: read.int(o, "node_id"),
  };
}

/** Blobs stored under a policy: how many, how many bytes. */
export function policyUsage(state: State, id: number): { count: number; size: number } {
  stampEntities(state);
  let count = 0;
  let size = 0;
  for (const e of fsOf(state).entities.values()) {
    if (entityPolicyId(state, e.id) !== id) continue;
    count++;
    size += e.size;
  }
  return { count, size };
}

export function registerPolicyAdminRoutes(admin: ReturnType<typeof adminRoutes>, state: State): void {
  const store = adminOf(state);
  const groupsUsing = (id: number) => [...state.groups.values()].filter((g) => groupExtra(state, g.id).policyId === id);

  /** Policy 1 drives the stand-in's own upload mode; the other types are stored only. */
  const applyLive = (p: Policy) => {
    if (p.id !== 1) return;
    const s = state.settings;
    if (p.type === "local" || p.type === "s3") s.policyType = p.type;
    if (typeof p.settings.chunk_size === "number") s.chunkSize = p.settings.chunk_size;
    s.preAllocate = p.settings.pre_allocate === true;
  };

  admin.post("/policy", async (ctx) => {
    const req = await listRequest(ctx);
    const type = req.conditions.policy_type;
    const all = [...store.policies.values()].filter((p) => !type || livePolicy(state, p).type === type);
    const { pagination, items } = pageOf(sortItems(all, req, { updated_at: (p) => p.updatedAt.getTime() }), req);
    return { pagination, policies: items.map((p) => policyJson(state, p, { groups: true })) };
  });

  admin.get("/policy/:id", (ctx) => {
    const policy = store.policies.get(pathId(ctx));
    if (!policy) throw new AppError(50001, "Failed to get policy");
    const out = policyJson(state, policy, { groups: true });
    if (ctx.query.get("countEntity")) {
      const { count, size } = policyUsage(state, policy.id);
      if (count) out.entities_count = count;
      if (size) out.entities_size = size;
    }
    return out;
  });

  admin.put("/policy", async (ctx) => {
    const { obj } = await wrapped(ctx, "policy");
    const f = fieldsOf(obj);
    // New local policies always store under the data folder, whatever was sent.
    if (f.type === "local") f.dir_name_rule = LOCAL_DIR_RULE;
    const at = new Date();
    const policy: Policy = { ...f, id: store.nextPolicyId++, createdAt: at, updatedAt: at };
    store.policies.set(policy.id, policy);
    return policyJson(state, policy);
  });

  admin.put("/policy/:id", async (ctx) => {
    const raw = ctx.params.id ?? "";
    const { obj } = await wrapped(ctx, "policy");
    if (!/^-?\d+$/.test(raw)) throw new AppError(40001, "Invalid ID");
    const policy = store.policies.get(Number(raw));
    if (!policy) throw new AppError(50001, "Failed to update policy");
    const f = fieldsOf(obj);
    stampEntities(state);
    // A OneDrive policy's access key is the refresh token its sign-in flow manages.
    if (policy.type === "onedrive") f.access_key = policy.access_key;
    Object.assign(policy, f, { updatedAt: new Date() });
    applyLive(policy);
    applyPolicies(state);
    return policyJson(state, policy, { groups: true });
  });

  admin.delete("/policy/:id", (ctx) => {
    const id = pathId(ctx);
    if (id === 1) throw new AppError(40036, "");
    if (!store.policies.has(id)) throw new AppError(40035, "");
    const using = groupsUsing(id);
    if (using.length) throw new AppError(40038, String(using.length));
    if (policyUsage(state, id).count > 0) throw new AppError(40037, "");
    store.policies.delete(id);
    return undefined;
  });

  admin.post("/policy/cors", async (ctx) => {
    const { obj } = await wrapped(ctx, "policy");
    const f = fieldsOf(obj);
    if (!["oss", "cos", "s3", "obs"].includes(f.type)) throw new AppError(40001, "Unsupported policy type");
    // The server's S3 driver panics without a region: an empty HTTP 500.
    if (f.type === "s3" && !f.settings.region) return crash(ctx);
    await putCors(f);
    return undefined;
  });
}

function crash(ctx: Ctx) {
  ctx.res.writeHead(500, { "Cache-Control": "private, no-cache", "Content-Length": 0 });
  ctx.res.end();
  return HANDLED;
}

/** Asks the bucket to take a CORS rule (unsigned: the stand-in holds no provider SDK). */
async function putCors(f: PolicyFields): Promise<void> {
  const fail = (why: string) => new AppError(50005, `Failed to create cors: ${why}`);
  if (!URL.canParse(f.server)) throw fail(`invalid endpoint "${f.server}"`);
  const url = new URL(f.server);
  if (f.bucket_name) url.pathname = `${url.pathname.replace(/\/$/, "")}/${encodeURIComponent(f.bucket_name)}`;
  url.search = "cors=";
  try {
    const res = await fetch(url, { method: "PUT", signal: AbortSignal.timeout(10_000), body: "<CORSConfiguration/>" });
    if (!res.ok) throw fail(`the storage answered HTTP ${res.status}`);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw fail(e instanceof Error ? e.message : String(e));
  }
}
