import { AppError, runBatch } from "../core/envelope.ts";
import { hashPassword } from "../core/password.ts";
import type { State } from "../state/state.ts";
import { newUser } from "../state/seedUsers.ts";
import type { User, UserStatus } from "../state/types.ts";
import { GroupPerm } from "../core/boolset.ts";
import { fsOf } from "../fs/store.ts";
import { type adminRoutes, idCondition, idList, listRequest, pageOf, pathId, read, sortItems, wrapped } from "./http.ts";
import { userJson } from "./json.ts";
import { applyPolicies, stampEntities } from "./policyUse.ts";
import { adminOf } from "./store.ts";

/** `/admin/user…`: list, get, create, update, batch delete, calibrate (no impersonation exists). */

const STATUSES: UserStatus[] = ["active", "inactive", "manual_banned", "sys_banned"];
const dbError = (msg: string) => new AppError(50001, msg);

interface UserFields {
  email: string;
  nick: string;
  status: string;
  groupId: number;
  avatar: string;
}

function fieldsOf(o: Record<string, unknown>): UserFields {
  return {
    email: read.str(o, "email"),
    nick: read.str(o, "nick"),
    status: read.str(o, "status"),
    groupId: read.int(o, "group_users"),
    avatar: read.str(o, "avatar"),
  };
}

/** What the database would refuse: bad enum, unknown group, duplicate or over-long e-mail, long nick. */
function checkRow(state: State, f: UserFields, self: User | undefined, msg: string): void {
  if (!STATUSES.includes(f.status as UserStatus)) throw dbError(msg);
  if (!state.groups.has(f.groupId)) throw dbError(msg);
  // Stricter than the server, which stores any text: the stand-in signs in by e-mail address.
  if (!/^[^\s@]+@[^\s@]+$/.test(f.email) || f.email.length > 100 || [...f.nick].length > 100) throw dbError(msg);
  const other = state.findUserByEmail(f.email);
  if (other && other !== self) throw dbError(msg);
}

function storageOf(state: State, userId: number): number {
  const store = fsOf(state);
  let sum = 0;
  for (const f of store.files.values()) {
    if (f.ownerId !== userId || f.type !== 0) continue;
    for (const id of f.entities) sum += store.entities.get(id)?.size ?? 0;
  }
  return sum;
}

function deleteUser(state: State, id: number): void {
  const store = fsOf(state);
  const root = store.roots.get(id);
  if (root) store.deleteTree(root);
  for (const n of [...(store.trash.get(id) ?? [])]) store.deleteTree(n);
  for (const n of [...(store.symbolic.get(id) ?? [])]) store.deleteTree(n);
  store.roots.delete(id);
  store.trash.delete(id);
  store.symbolic.delete(id);
  store.used.delete(id);
  state.users.delete(id);
}

export function registerUserAdminRoutes(admin: ReturnType<typeof adminRoutes>, state: State): void {
  const touch = (id: number) => adminOf(state).userUpdated.set(id, new Date());

  admin.post("/user", async (ctx) => {
    const req = await listRequest(ctx);
    const group = idCondition(req, "user_group", "group");
    const { user_status: status, user_nick: nick, user_email: mail } = req.conditions;
    const users = [...state.users.values()].filter(
      (u) =>
        (group === undefined || group === 0 || u.groupId === group) &&
        (!status || u.status === status) &&
        (!nick || u.nickname.toLowerCase().includes(nick.toLowerCase())) &&
        (!mail || u.email.toLowerCase().includes(mail.toLowerCase())),
    );
    const updated = (u: User) => (adminOf(state).userUpdated.get(u.id) ?? u.createdAt).getTime();
    const sorted = sortItems(users, req, { nick: (u) => u.nickname, email: (u) => u.email, storage: (u) => state.usedBytes(u.id), updated_at: updated });
    const { pagination, items } = pageOf(sorted, req);
    return { pagination, users: items.map((u) => userJson(state, u)) };
  });

  admin.get("/user/:id", (ctx) => {
    const user = state.users.get(pathId(ctx));
    if (!user) throw dbError("Failed to get user");
    return userJson(state, user, { capacity: true });
  });

  admin.put("/user", async (ctx) => {
    const { obj, body } = await wrapped(ctx, "user");
    const password = read.str(body, "password");
    read.str(body, "two_fa");
    if (!password) throw new AppError(40001, "Password is required");
    if (read.int(obj, "id") !== 0) throw new AppError(40001, "ID must be 0");
    const f = fieldsOf(obj);
    checkRow(state, f, undefined, "Failed to create user");
    const user = state.addUser((id) => {
      const u = newUser(id, f.email, password, f.groupId, f.nick);
      u.nickname = f.nick;
      u.status = f.status as UserStatus;
      u.avatar = f.avatar as User["avatar"];
      return u;
    });
    return userJson(state, user, { capacity: true });
  });

  // The row is the one named in the body; the path id is ignored, as on the server.
  admin.put("/user/:id", async (ctx) => {
    pathId(ctx);
    const { obj, body } = await wrapped(ctx, "user");
    const password = read.str(body, "password");
    const twoFa = read.str(body, "two_fa");
    const user = state.users.get(read.int(obj, "id"));
    if (!user) throw dbError("Failed to get user");
    const f = fieldsOf(obj);
    if (user.id === 1 && state.groupOf(user).permission.has(GroupPerm.IsAdmin)) {
      if (f.groupId !== user.groupId) throw new AppError(40043, "Cannot change default user's group");
      if (f.status !== "active") throw new AppError(40043, "Cannot change default user's status");
    }
    if (password && password.length > 128) throw new AppError(40001, "Password too long");
    checkRow(state, f, user, "Failed to update user");
    const groupChanged = f.groupId !== user.groupId;
    if (groupChanged) stampEntities(state);
    Object.assign(user, { email: f.email.toLowerCase(), nickname: f.nick, status: f.status, groupId: f.groupId, avatar: f.avatar });
    if (password) user.passwordHash = hashPassword(password);
    if (twoFa) delete user.twoFaSecret;
    touch(user.id);
    if (groupChanged) applyPolicies(state);
    return userJson(state, user, { capacity: true });
  });

  admin.post("/user/batch/delete", async (ctx) => {
    const ids = await idList(ctx);
    const me = ctx.who.user!.id;
    await runBatch(ids.map(String), (key) => {
      const id = Number(key);
      if (id === me || id === 1) throw new AppError(40043, "Cannot delete current user");
      if (!state.users.has(id)) throw dbError("Failed to delete user");
      deleteUser(state, id);
    });
    return undefined;
  });

  admin.post("/user/:id/calibrate", (ctx) => {
    const user = state.users.get(pathId(ctx));
    if (!user) throw dbError("Failed to calculate storage");
    fsOf(state).used.set(user.id, storageOf(state, user.id));
    return userJson(state, user, { capacity: true });
  });
}
