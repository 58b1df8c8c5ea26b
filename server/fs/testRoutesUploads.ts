import { AppError } from "../core/envelope.ts";
import type { Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { accountFaults, chunkLogOf, countersOf, faultsOf } from "./faults.ts";
import { setLimits } from "./policyLimits.ts";
import { body, optInt, optStr, reqStr } from "./http.ts";
import { fsOf } from "./store.ts";
import { expectedLength } from "./upload.ts";

/** The account a hook names by e-mail. */
export function testOwner(state: State, email: string): User {
  const u = state.findUserByEmail(email);
  if (!u) throw new AppError(40021, "User not found");
  return u;
}

/** Test hooks of uploads: injected faults, policy limits, request counters, upload sessions (listed in testRoutes.ts). */
export function registerUploadTestRoutes(router: Router, state: State): void {
  const store = fsOf(state);
  const ownerOf = (email: string) => testOwner(state, email);

  router.patch("/api/__test/faults", async (ctx) => {
    const b = await body(ctx);
    const owner = optStr(b, "owner");
    const f = owner ? accountFaults(state, ownerOf(owner).id) : faultsOf(state);
    const num = (k: "chunkFailRate" | "chunkStallMs" | "chunkStallRate" | "createFail500" | "badSignedUrls") => {
      const v = b[k];
      if (typeof v === "number" && v >= 0) f[k] = v;
    };
    num("chunkFailRate");
    num("chunkStallMs");
    num("chunkStallRate");
    num("createFail500");
    num("badSignedUrls");
    if (typeof b.createFail500After === "boolean") f.createFail500After = b.createFail500After;
    return { ...f };
  });

  router.put("/api/__test/policy-limits", async (ctx) => {
    const b = await body(ctx);
    const user = ownerOf(reqStr(b, "owner", "Owner"));
    const list = (k: string) => (Array.isArray(b[k]) ? (b[k] as unknown[]).filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase()) : []);
    const limits = { maxSize: optInt(b, "max_size"), allowedSuffix: list("allowed_suffix"), deniedSuffix: list("denied_suffix") };
    setLimits(state, user.id, limits);
    return limits;
  });

  router.get("/api/__test/counters", () => {
    const c = countersOf(state);
    return {
      chunkRequests: Object.fromEntries(c.chunkRequests),
      chunkFailures: Object.fromEntries(c.chunkFailures),
      partRequests: Object.fromEntries(c.partRequests),
      uploadSessions: c.uploadSessions,
      completedUploads: c.completedUploads,
    };
  });

  router.delete("/api/__test/counters", () => {
    const c = countersOf(state);
    c.chunkRequests.clear();
    c.chunkFailures.clear();
    c.partRequests.clear();
    c.uploadSessions = 0;
    c.completedUploads = 0;
    return undefined;
  });

  router.post("/api/__test/uploads/:id/expire", (ctx) => {
    const s = store.uploads.get(ctx.params.id ?? "");
    if (!s) throw new AppError(40011, "Upload session expired or not exist");
    s.expires = Math.floor(Date.now() / 1000) - 1;
    return undefined;
  });

  router.get("/api/__test/chunk-log/:session", (ctx) => {
    const log = chunkLogOf(state, ctx.params.session ?? "");
    return { arrivals: log.arrivals, max_concurrent: log.maxConcurrent };
  });

  router.get("/api/__test/uploads/:id", (ctx) => {
    const s = store.uploads.get(ctx.params.id ?? "");
    if (!s) throw new AppError(40011, "Upload session expired or not exist");
    const n = s.chunkSize > 0 ? Math.max(1, Math.ceil(s.size / s.chunkSize)) : 1;
    return {
      received: [...s.received].sort((a, b) => a - b),
      expected: Array.from({ length: n }, (_, i) => expectedLength(s, i)),
      policy: s.policyType,
    };
  });
}
