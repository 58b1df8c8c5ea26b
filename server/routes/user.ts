import { AppError } from "../core/envelope.ts";
import { decodeId, IdType } from "../core/ids.ts";
import { hashPassword } from "../core/password.ts";
import { Continue, HANDLED, type Router } from "../core/router.ts";
import { requireUser } from "../core/tokens.ts";
import { email, str } from "../core/validate.ts";
import type { State } from "../state/state.ts";
import { newUser } from "../state/seedUsers.ts";
import { gravatarUrl, readAvatar } from "./avatar.ts";
import { captchaGuardedBody } from "./captcha.ts";
import { featureDisabled } from "./login.ts";
import { resetKey, sendActivationMail, sendResetMail } from "./mail.ts";
import { originOf } from "../fs/http.ts";
import { registerPasskeyUserRoutes } from "./passkeys.ts";
import { registerSettingsRoutes } from "./settings.ts";
import { verifySign } from "../core/sign.ts";
import { userJson } from "./userJson.ts";
import { newer } from "./newer.ts";

/** Install default `public_resource_maxage`. */
const PUBLIC_MAX_AGE = 86400;

export function registerUserRoutes(router: Router, state: State): void {
  registerAccountRoutes(router, state);
  registerProfileRoutes(router, state);
  registerSettingsRoutes(router, state);
  registerPasskeyUserRoutes(router, state);
}

/** Sign-up, activation and password reset (docs/server-behaviour.md, "Tokens and signing in"). */
function registerAccountRoutes(router: Router, state: State): void {
  router.post("/api/v4/user", async (ctx) => {
    if (!state.settings.registerEnabled) throw featureDisabled();
    const body = await captchaGuardedBody(ctx, state, "reg");
    const addr = email(body).toLowerCase();
    const password = str(body, "password", { required: true, min: 6, max: 128 });
    const language = str(body, "language");
    const existing = state.findUserByEmail(addr);
    if (existing?.status === "inactive") {
      sendActivationMail(state, existing, originOf(state, ctx));
      throw new AppError(40033, "User is not activated, activation email has been resent");
    }
    if (existing) throw new AppError(40032, "Email already in use");

    const needsActivation = state.settings.emailActive;
    // A default group that was deleted makes the insert fail, as its foreign key would.
    if (!state.groups.has(state.settings.defaultGroup)) throw new AppError(50001, "Failed to insert user row");
    const user = state.addUser((id) => {
      const u = newUser(id, addr, password, state.settings.defaultGroup);
      if (needsActivation) u.status = "inactive";
      if (language) u.language = language;
      return u;
    });
    if (needsActivation) {
      sendActivationMail(state, user, originOf(state, ctx));
      return new Continue();
    }
    // The real server answers before loading the group edge, so the group is absent here.
    return userJson(state, user, "full", { withGroup: false });
  });

  router.get("/api/v4/user/activate/:id", (ctx) => {
    verifySign(state, ctx.url.pathname, ctx.query.get("sign"));
    const user = state.users.get(decodeId(IdType.user, ctx.params.id!));
    if (!user) throw new AppError(40021, "User not fount");
    if (user.status !== "inactive") throw new AppError(40034, "This user cannot be activated");
    user.status = "active";
    return userJson(state, user, "full");
  });

  router.post("/api/v4/user/reset", async (ctx) => {
    const body = await captchaGuardedBody(ctx, state, "forget");
    const user = state.findUserByEmail(email(body));
    if (!user) throw new AppError(40021, "User not found");
    if (user.status === "manual_banned" || user.status === "sys_banned") throw new AppError(40017, "This user is banned");
    if (user.status === "inactive") throw new AppError(40018, "This user is not activated");
    sendResetMail(state, user, originOf(state, ctx));
    return undefined;
  });

  router.patch("/api/v4/user/reset/:id", async (ctx) => {
    const uid = decodeId(IdType.user, ctx.params.id!);
    const body = await ctx.json();
    const password = str(body, "password", { required: true, min: 6, max: 128 });
    const secret = str(body, "secret", { required: true });
    if (state.kvGet<string>(resetKey(uid)) !== secret) throw new AppError(40030, "Link is expired");
    state.kvDelete(resetKey(uid));
    const user = state.users.get(uid);
    if (!user || user.status !== "active") throw new AppError(40021, "User not found");
    // A new hash changes the refresh-token state hash, which signs out every other session.
    user.passwordHash = hashPassword(password);
    return userJson(state, user, "full");
  });
}

/** Profiles, avatars and the caller's own record (docs/server-behaviour.md, "Users and settings"). */
function registerProfileRoutes(router: Router, state: State): void {
  router.get("/api/v4/user/avatar/:id", async (ctx) => {
    const user = state.users.get(decodeId(IdType.user, ctx.params.id!));
    if (!user) throw new AppError(40021, "");
    const headers: Record<string, string> = {};
    if (!/^(1|t|true)$/i.test(ctx.query.get("nocache") ?? "")) headers["Cache-Control"] = `public, max-age=${PUBLIC_MAX_AGE}`;
    if (user.avatar === "gravatar") {
      ctx.res.writeHead(302, { ...headers, Location: gravatarUrl(user.email) });
      ctx.res.end();
      return HANDLED;
    }
    const stored = user.avatar === "file" ? await readAvatar(state, user.id) : undefined;
    if (!stored) {
      ctx.res.writeHead(404, headers);
      ctx.res.end();
      return HANDLED;
    }
    ctx.res.writeHead(200, { ...headers, "Content-Type": stored.type, "Content-Length": stored.bytes.length });
    ctx.res.end(stored.bytes);
    return HANDLED;
  });

  router.get("/api/v4/user/info/:id", (ctx) => {
    const user = state.users.get(decodeId(IdType.user, ctx.params.id!));
    // The real server passes a plain "not found" error through, which becomes code -1.
    if (!user) throw new AppError(-1, "");
    const json = userJson(state, user, ctx.who.user ? "user" : "anonymous");
    return newer(state).profileShares ? { ...json, share_links_in_profile: user.shareLinksInProfile ?? "" } : json;
  });

  router.get("/api/v4/user/me", (ctx) => userJson(state, requireUser(ctx.who), "full"));

  router.get("/api/v4/user/capacity", (ctx) => {
    const user = requireUser(ctx.who);
    return { total: state.groupOf(user).maxStorage, used: state.usedBytes(user.id) };
  });

  router.get("/api/v4/user/search", (ctx) => {
    requireUser(ctx.who);
    const keyword = str({ keyword: ctx.query.get("keyword") ?? "" }, "keyword", { required: true, min: 2 }).toLowerCase();
    const hits = [...state.users.values()].filter((u) => u.email.includes(keyword) || u.nickname.toLowerCase().includes(keyword));
    return hits.slice(0, 10).map((u) => userJson(state, u, "user"));
  });
}
