import { randomUUID } from "node:crypto";
import { AppError } from "../core/envelope.ts";
import { checkPassword } from "../core/password.ts";
import { Continue, type Router } from "../core/router.ts";
import { refreshTokens, revokeChain } from "../core/tokens.ts";
import { email, str } from "../core/validate.ts";
import type { State } from "../state/state.ts";
import { captchaGuardedBody } from "./captcha.ts";
import { assertCanLogin, loginResponse } from "./login.ts";
import { registerPasskeyLoginRoutes } from "./passkeys.ts";
import { totpValid } from "./totp.ts";

const TWO_FA_TTL = 600;
const twoFaKey = (sessionId: string) => `user_2fa_${sessionId}`;

export function registerSessionRoutes(router: Router, state: State): void {
  router.post("/api/v4/session/token", async (ctx) => {
    const body = await captchaGuardedBody(ctx, state, "login");
    const addr = email(body);
    const password = str(body, "password", { required: true, min: 4, max: 128 });
    const user = state.findUserByEmail(addr);
    // Unknown e-mail and wrong password answer alike, so accounts cannot be enumerated here.
    if (!user || !checkPassword(password, user.passwordHash)) throw new AppError(40080, "Incorrect password or email address");
    assertCanLogin(user);
    if (user.twoFaSecret) {
      const sessionId = randomUUID();
      state.kvSet(twoFaKey(sessionId), user.id, TWO_FA_TTL);
      return new Continue(sessionId);
    }
    return loginResponse(state, user);
  });

  router.post("/api/v4/session/token/2fa", async (ctx) => {
    const body = await ctx.json();
    const otp = str(body, "otp", { required: true });
    const sessionId = str(body, "session_id", { required: true });
    const uid = state.kvGet<number>(twoFaKey(sessionId));
    if (uid === undefined) throw new AppError(404, "Session not found");
    const user = state.users.get(uid);
    if (!user) throw new AppError(404, "User not found");
    // A wrong code keeps the session, so the user can retry until it expires.
    if (user.twoFaSecret && !totpValid(otp, user.twoFaSecret)) throw new AppError(40022, "Incorrect 2FA code");
    state.kvDelete(twoFaKey(sessionId));
    return loginResponse(state, user);
  });

  router.post("/api/v4/session/token/refresh", async (ctx) => {
    const body = await ctx.json();
    return refreshTokens(state, str(body, "refresh_token", { required: true }));
  });

  router.delete("/api/v4/session/token", async (ctx) => {
    const body = await ctx.json();
    revokeChain(state, str(body, "refresh_token", { required: true }));
    return "";
  });

  router.get("/api/v4/session/prepare", (ctx) => {
    const addr = email({ email: ctx.query.get("email") ?? "" });
    const user = state.findUserByEmail(addr);
    if (!user) throw new AppError(404, "User not found");
    return { webauthn_enabled: user.passkeys.length > 0, password_enabled: user.passwordHash !== "" };
  });

  registerPasskeyLoginRoutes(router, state);
}
