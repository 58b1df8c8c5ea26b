import type { Group, User } from "./types.ts";
import { hashPassword } from "../core/password.ts";

export const GROUP_ADMIN = 1;
export const GROUP_USER = 2;
export const GROUP_ANONYMOUS = 3;
export const GROUP_READONLY = 4;

const GiB = 1024 ** 3;

/** Default groups with the install-default permission bits (docs/server-behaviour.md, "Capabilities and permissions") plus a read-only group for tests. */
export function defaultGroups(): Group[] {
  return [
    {
      id: GROUP_ADMIN,
      name: "Admin",
      permission: new Set([0, 2, 3, 4, 5, 6, 7, 9, 11, 12, 16]),
      maxStorage: 1024 * GiB,
      sourceBatch: 1000,
      trashRetention: 7 * 86400,
    },
    { id: GROUP_USER, name: "User", permission: new Set([2, 7, 11]), maxStorage: 100 * GiB, sourceBatch: 10, trashRetention: 7 * 86400 },
    { id: GROUP_ANONYMOUS, name: "Anonymous", permission: new Set([1, 7]), maxStorage: 0, sourceBatch: 0, trashRetention: 0 },
    { id: GROUP_READONLY, name: "Read only", permission: new Set([7]), maxStorage: 0, sourceBatch: 0, trashRetention: 0 },
  ];
}

export const DEMO_ADMIN = { email: "admin@cloudreve.org", password: "admin123456", nickname: "Admin" };
export const DEMO_USER = { email: "demo@cloudreve.org", password: "demo123456", nickname: "Demo" };
export const DEMO_READONLY = { email: "reader@cloudreve.org", password: "reader123456", nickname: "Reader" };

export function newUser(id: number, email: string, password: string, groupId: number, nickname?: string): User {
  return {
    id,
    email: email.toLowerCase(),
    nickname: nickname ?? email.split("@")[0] ?? email,
    passwordHash: password ? hashPassword(password) : "",
    status: "active",
    avatar: "",
    createdAt: new Date(),
    groupId,
    disableViewSync: false,
    pined: [],
    passkeys: [],
    versionRetention: { enabled: true, ext: [], max: 10 },
    fsViewMap: {},
  };
}
