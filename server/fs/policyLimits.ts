import type { State } from "../state/state.ts";

/**
 * Test accounts' own storage-policy limits (a real server sets these on the policy of the user's
 * group): the largest file size and the allowed / denied extensions, both sent with the policy in
 * listings and enforced when an upload session is created.
 */
export interface PolicyLimits {
  maxSize: number;
  allowedSuffix: string[];
  deniedSuffix: string[];
}

const limits = new WeakMap<State, Map<number, PolicyLimits>>();

export function limitsOf(state: State, userId: number | undefined): PolicyLimits | undefined {
  return userId === undefined ? undefined : limits.get(state)?.get(userId);
}

export function setLimits(state: State, userId: number, l: PolicyLimits): void {
  let m = limits.get(state);
  if (!m) limits.set(state, (m = new Map()));
  m.set(userId, l);
}

const suffixOf = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
};

/** Whether the policy lets a file of this name through (FileTypeNotAllowed otherwise). */
export function suffixAllowed(l: PolicyLimits, name: string): boolean {
  const ext = suffixOf(name);
  if (l.allowedSuffix.length > 0 && !l.allowedSuffix.includes(ext)) return false;
  return !l.deniedSuffix.includes(ext);
}
