// Checks made before any upload request, against the folder's storage policy (ListResponse
// .storage_policy) and the remaining quota — the server would refuse these anyway, after the user
// waited for a session round trip (and for quota, after a placeholder flickered into the listing).
import { extensionOf } from "./names";

/**
 * The policy as the listing sends it. The community server sends id/name/type/max_size/
 * allowed_suffix/relay; newer servers add the other fields, which are used when present.
 */
export interface UploadPolicy {
  id: string;
  name?: string;
  type: string;
  max_size?: number;
  allowed_suffix?: string[] | null;
  denied_suffix?: string[] | null;
  allowed_name_regexp?: string | null;
  denied_name_regexp?: string | null;
  relay?: boolean;
  chunk_concurrency?: number;
}

export type Rejection =
  | { reason: "tooLarge"; limit: number }
  | { reason: "suffixNotAllowed"; allowed: string[] }
  | { reason: "suffixDenied"; suffix: string }
  | { reason: "nameNotAllowed" }
  | { reason: "nameDenied" }
  | { reason: "quota"; remaining: number };

const normalise = (list: string[] | null | undefined) => (list ?? []).map((s) => s.trim().replace(/^\./, "").toLowerCase()).filter(Boolean);

function regexp(source: string | null | undefined): RegExp | null {
  if (!source) return null;
  try {
    return new RegExp(source);
  } catch {
    // A pattern JavaScript cannot read is left to the server to enforce.
    return null;
  }
}

/** Why the policy refuses this file, or null when it may be sent. */
export function checkAgainstPolicy(policy: UploadPolicy | undefined, name: string, size: number): Rejection | null {
  if (!policy) return null;
  if (policy.max_size && policy.max_size > 0 && size > policy.max_size) return { reason: "tooLarge", limit: policy.max_size };
  const ext = extensionOf(name);
  const allowed = normalise(policy.allowed_suffix);
  if (allowed.length > 0 && !allowed.includes(ext)) return { reason: "suffixNotAllowed", allowed };
  const denied = normalise(policy.denied_suffix);
  if (ext && denied.includes(ext)) return { reason: "suffixDenied", suffix: ext };
  const allow = regexp(policy.allowed_name_regexp);
  if (allow && !allow.test(name)) return { reason: "nameNotAllowed" };
  const deny = regexp(policy.denied_name_regexp);
  if (deny && deny.test(name)) return { reason: "nameDenied" };
  return null;
}

/**
 * Spends the remaining quota on files in queue order: a file that does not fit is refused, later
 * smaller files may still fit. `remaining` Infinity when unknown. Returns the rejection per index.
 */
export function allocateQuota(sizes: readonly number[], remaining: number): (Rejection | null)[] {
  let left = remaining;
  return sizes.map((size) => {
    if (size > left) return { reason: "quota", remaining: Math.max(0, left) };
    left -= size;
    return null;
  });
}
