// What the explorer does when an operation fails: a lock conflict (40073) offers to force the
// locks open and retries; a partly failed batch (40081) lists each item with its own reason;
// anything else becomes one localized toast.
import { ApiError, describeError, ErrorCode, isApiError, type Translate } from "../../../api/errors";
import type { Toast } from "../../../shared/toast";
import { tryParseUri } from "../../../lib/uri";
import { dialogs } from "../dialogs";
import { fileApi } from "./api";

export interface ErrorEnv {
  t: Translate;
  toast: (t: Toast) => void;
  /** Display name for a URI from the aggregated error (falls back to the URI's last segment). */
  nameOf?: (uri: string) => string | undefined;
}

interface ConflictDetail {
  path?: string;
  token?: string;
  type?: number;
  owner?: { application?: { type?: string } };
}

export type OpResult<T> = { ok: true; value: T } | { ok: false; partial: boolean; error: unknown };

const lastSegment = (uri: string) => tryParseUri(uri)?.name || uri;

/**
 * Runs an operation with the explorer's error handling; never throws. `failedWith` is the error of
 * an attempt the caller already made: it is handled first, and `fn` runs again only if the user
 * lets it (a forced lock).
 */
export async function runOp<T>(env: ErrorEnv, title: string, fn: () => Promise<T>, failedWith?: unknown): Promise<OpResult<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      if (attempt === 0 && failedWith !== undefined) throw failedWith;
      return { ok: true, value: await fn() };
    } catch (e) {
      if (isApiError(e) && e.code === ErrorCode.LockConflict && attempt < 2) {
        const conflicts = (Array.isArray(e.data) ? (e.data as ConflictDetail[]) : []).map((c) => ({
          path: c.path ?? "",
          token: c.token ?? "",
          application: c.owner?.application?.type ?? "",
          type: c.type ?? 0,
        }));
        const force = await dialogs.lockConflict({ conflicts });
        if (!force) return { ok: false, partial: false, error: e };
        const tokens = conflicts.map((c) => c.token).filter(Boolean);
        try {
          if (tokens.length) await fileApi.unlock(tokens);
        } catch (unlockError) {
          env.toast({ severity: "error", message: describeError(unlockError, env.t) });
          return { ok: false, partial: false, error: unlockError };
        }
        continue;
      }
      reportError(env, title, e);
      return { ok: false, partial: isApiError(e) && e.code === ErrorCode.BatchNotFullyCompleted, error: e };
    }
  }
}

export function reportError(env: ErrorEnv, title: string, e: unknown) {
  const items = e instanceof ApiError && e.code === ErrorCode.BatchNotFullyCompleted ? Object.entries(e.aggregated ?? {}) : [];
  if (items.length > 1) {
    env.toast({ severity: "error", message: env.t("explorer:errors.batch", { count: items.length }) });
    void dialogs.batchErrors({
      title,
      items: items.map(([uri, err]) => ({
        name: env.nameOf?.(uri) ?? lastSegment(uri),
        reason: describeError(new ApiError(err.code, err.msg), env.t),
      })),
    });
    return;
  }
  let message = describeError(e, env.t);
  const code = items[0]?.[1].code ?? (isApiError(e) ? e.code : undefined);
  // 40004 deserves a sentence saying what to do, not just what happened.
  if (code === ErrorCode.ObjectExist) message = env.t("explorer:errors.exists");
  // One failed item of a batch: say which one, since the others went through.
  const only = items[0];
  if (only) message = env.t("explorer:errors.itemFailed", { name: env.nameOf?.(only[0]) ?? lastSegment(only[0]), reason: message });
  env.toast({ severity: "error", message });
}
