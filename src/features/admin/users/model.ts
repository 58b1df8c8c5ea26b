import type { AdminUser, AdminUserRow, AdminUserStatus } from "../../../api/queries/admin";

export const STATUSES: AdminUserStatus[] = ["active", "inactive", "manual_banned", "sys_banned"];

export const isBanned = (u: { status?: AdminUserStatus }) => u.status === "manual_banned" || u.status === "sys_banned";

/**
 * What the form refuses before sending: the server itself checks almost nothing on creation (any
 * text as e-mail, any password length) and stores it, which would leave an account nobody can use.
 */
export function userProblems(f: { email: string; nick: string; password: string; isNew: boolean }) {
  const email = f.email.trim();
  return {
    email: !email ? "required" : !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? "email" : email.length > 100 ? "tooLong" : "",
    nick: [...f.nick.trim()].length > 100 ? "tooLong" : "",
    password: f.isNew && !f.password ? "required" : f.password && f.password.length < 6 ? "tooShort" : f.password.length > 128 ? "tooLong" : "",
  };
}

/** The full row the server expects back, with one field changed (it overwrites every field). */
export function withStatus(u: AdminUser, status: AdminUserStatus): AdminUserRow {
  return { id: u.id, email: u.email ?? "", nick: u.nick ?? "", avatar: u.avatar ?? "", status, group_users: u.group_users };
}

export const displayName = (u: { nick?: string; email?: string }) => u.nick || u.email || "";
