import { randomBytes } from "node:crypto";
import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { signPath } from "../core/sign.ts";

/**
 * "Sending" a mail records it in state.mails; tests read the links back through /api/__test/mails.
 * Links point at the frontend pages, as the real e-mails do (docs/server-behaviour.md, "Tokens and signing in"), and are absolute:
 * built on the site URL chosen for the request that triggered the mail (`origin`), so a wrong
 * site URL setting shows up in the mails as it would on a real server.
 */
export const ACTIVATION_TTL = 24 * 3600;
export const RESET_TTL = 3600;

export const activateApiPath = (hashId: string) => `/api/v4/user/activate/${hashId}`;
export const resetKey = (userId: number) => `user_reset_${userId}`;

export function sendActivationMail(state: State, user: User, origin: string): void {
  const id = encodeId(IdType.user, user.id);
  // The signature covers the API path the activation page will call, not the page itself.
  const sign = signPath(state, activateApiPath(id), ACTIVATION_TTL).sign;
  const query = new URLSearchParams({ id, sign });
  state.mails.push({ to: user.email, kind: "activate", link: `${origin}/session/activate?${query}`, sentAt: new Date() });
}

export function sendResetMail(state: State, user: User, origin: string): void {
  const secret = randomSecret(32);
  state.kvSet(resetKey(user.id), secret, RESET_TTL);
  const query = new URLSearchParams({ id: encodeId(IdType.user, user.id), secret });
  state.mails.push({ to: user.email, kind: "reset", link: `${origin}/session/reset?${query}`, sentAt: new Date() });
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function randomSecret(n: number): string {
  return [...randomBytes(n)].map((b) => LETTERS[b % LETTERS.length]).join("");
}
