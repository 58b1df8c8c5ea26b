import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { fsOf } from "../fs/store.ts";
import { setLimits } from "../fs/policyLimits.ts";
import { livePolicy } from "./json.ts";
import { adminOf, groupExtra, type Policy } from "./store.ts";

/**
 * Which storage policy applies where. A group's policy decides where its members' uploads go; the
 * stand-in can only store bytes locally or through its S3-style flow, so a member of a group whose
 * policy is not the default one gets that policy's upload type, chunk size, size limit and allowed
 * extensions as an account storage of their own.
 */

const managed = new WeakMap<State, Set<number>>();

export function policyOfUser(state: State, user: User): Policy | undefined {
  const id = groupExtra(state, user.groupId).policyId;
  const p = id === undefined ? undefined : adminOf(state).policies.get(id);
  return p && livePolicy(state, p);
}

/**
 * Records the policy of every blob not stamped yet. Called before anything changes which policy a
 * user uploads to, so each blob keeps the policy that was in force when it was written.
 */
export function stampEntities(state: State): void {
  const store = fsOf(state);
  const stamps = adminOf(state).entityPolicy;
  for (const file of store.files.values()) {
    if (file.entities.length === 0 || file.entities.every((id) => stamps.has(id))) continue;
    const owner = state.users.get(file.ownerId);
    const policyId = (owner && policyOfUser(state, owner)?.id) ?? 1;
    for (const id of file.entities) if (!stamps.has(id)) stamps.set(id, policyId);
  }
}

export function entityPolicyId(state: State, entityId: number): number {
  return adminOf(state).entityPolicy.get(entityId) ?? 1;
}

/** Gives every user the upload behaviour of their group's policy (after a group or policy change). */
export function applyPolicies(state: State): void {
  let mine = managed.get(state);
  if (!mine) managed.set(state, (mine = new Set()));
  for (const user of state.users.values()) applyTo(state, user, mine);
}

function applyTo(state: State, user: User, mine: Set<number>): void {
  const policy = policyOfUser(state, user);
  if (!policy || policy.id === 1) {
    // Only undo what this module set: test accounts may carry a storage of their own.
    if (mine.delete(user.id)) {
      delete user.storage;
      setLimits(state, user.id, { maxSize: 0, allowedSuffix: [], deniedSuffix: [] });
    }
    return;
  }
  const chunk = typeof policy.settings.chunk_size === "number" ? policy.settings.chunk_size : 25 * 1024 * 1024;
  user.storage = { policyType: policy.type === "s3" ? "s3" : "local", chunkSize: chunk };
  const exts = Array.isArray(policy.settings.file_type) ? (policy.settings.file_type as string[]).map((e) => e.toLowerCase()) : [];
  setLimits(state, user.id, { maxSize: policy.max_size, allowedSuffix: exts, deniedSuffix: [] });
  mine.add(user.id);
}

/** Sign-ups and accounts made elsewhere join a group whose policy may not be the default. */
export function watchNewUsers(state: State): void {
  state.onUserCreated.push((user) => {
    if ((policyOfUser(state, user)?.id ?? 1) !== 1) applyPolicies(state);
  });
}
