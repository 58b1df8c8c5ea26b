import { AppError } from "../core/envelope.ts";
import { issueTokens, type TokenPair } from "../core/tokens.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { userJson, type UserJson } from "./userJson.ts";

export interface LoginResponse {
  user: UserJson;
  token: TokenPair;
}

export function loginResponse(state: State, user: User): LoginResponse {
  return { user: userJson(state, user, "full"), token: issueTokens(state, user) };
}

/** Status checks shared by the password and passkey sign-in paths. */
export function assertCanLogin(user: User): void {
  if (user.status === "manual_banned" || user.status === "sys_banned") throw new AppError(40017, "This account has been blocked");
  if (user.status === "inactive") throw new AppError(40018, "This account is not activated");
}

export function featureDisabled(): AppError {
  return new AppError(40019, "This feature is not enabled");
}
