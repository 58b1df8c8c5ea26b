/**
 * Requested scopes in plain words: the profile-related scopes fold into one entry, a `.Read` and
 * `.Write` pair into one entry with its access level, and `openid` (sign-in itself) is not listed.
 */
export type ScopeGroup = "profile" | "offline" | "security" | "files" | "shares" | "tasks" | "finance" | "dav" | "admin";

export interface ScopeEntry {
  /** A known group (its texts are `scope.<group>.name` / `.description`), or the raw scope of one we do not know. */
  group: ScopeGroup | null;
  raw: string;
  /** For Read/Write scopes: what the app may do. */
  access?: "read" | "readwrite";
}

const RESOURCE_GROUPS: Record<string, ScopeGroup> = {
  UserInfo: "profile",
  UserSecurityInfo: "security",
  Files: "files",
  Shares: "shares",
  Workflow: "tasks",
  Finance: "finance",
  DavAccount: "dav",
  Admin: "admin",
};

const HIDDEN = new Set(["openid"]);

function groupOf(scope: string): { group: ScopeGroup | null; access?: "read" | "readwrite" } {
  if (scope === "profile" || scope === "email") return { group: "profile" };
  if (scope === "offline_access") return { group: "offline" };
  const m = /^(\w+)\.(Read|Write)$/.exec(scope);
  const group = m ? RESOURCE_GROUPS[m[1]!] : undefined;
  if (m && group) return { group, access: m[2] === "Write" ? "readwrite" : "read" };
  return { group: null };
}

export function describeScopes(scopes: readonly string[]): ScopeEntry[] {
  const out: ScopeEntry[] = [];
  const byGroup = new Map<ScopeGroup, ScopeEntry>();
  for (const raw of scopes) {
    if (HIDDEN.has(raw)) continue;
    const { group, access } = groupOf(raw);
    if (!group) {
      out.push({ group: null, raw });
      continue;
    }
    const seen = byGroup.get(group);
    if (!seen) {
      const entry: ScopeEntry = { group, raw, ...(access ? { access } : {}) };
      byGroup.set(group, entry);
      out.push(entry);
    } else if (access === "readwrite" || (access && !seen.access)) {
      // Write wins over Read; "profile" + "UserInfo.Read" reads as read-only.
      seen.access = access;
    }
  }
  // Most consequential first: what the app may change comes before what it may only see.
  const weight = (e: ScopeEntry) => (e.group === "admin" ? 0 : e.access === "readwrite" ? 1 : 2);
  return out.sort((a, b) => weight(a) - weight(b));
}
