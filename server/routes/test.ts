import { AppError, paramError } from "../core/envelope.ts";
import type { Router } from "../core/router.ts";
import { email, str } from "../core/validate.ts";
import type { State } from "../state/state.ts";
import { GROUP_ADMIN, GROUP_READONLY, GROUP_USER, newUser } from "../state/seedUsers.ts";
import type { SiteSettings, UserStatus } from "../state/types.ts";
import { captchaAnswer } from "./captcha.ts";
import { userJson } from "./userJson.ts";
import { expireAccessToken, issueTokens } from "../core/tokens.ts";
import { defaultSiteUrl } from "../core/siteUrl.ts";

/**
 * Test-only hooks, mounted only in test mode, so e2e tests can read "sent" mails and captcha
 * answers, flip site settings and make isolated accounts without going through sign-up.
 *   GET   /api/__test/mails?to=          [{to, kind: "activate"|"reset"|"test", link (absolute; "" for test), sent_at, smtp_host?}]
 *   GET   /api/__test/captcha?ticket=    the answer of an image captcha
 *   PATCH /api/__test/settings           {<SiteSettings key>: value, …} → all settings
 *   POST  /api/__test/tokens             {email, access_ttl} → {user, token} with a short-lived access token
 *   POST  /api/__test/tokens/expire      {access_token} → null; the server treats that token as expired from now on
 *   POST  /api/__test/users              {email, password, group?, status?, nickname?, two_fa_secret?, policy_type?, chunk_size?} → user
 *   GET   /api/__test/site-url           {site_url}
 *   PUT   /api/__test/site-url           {site_url: "http://a,http://b"} → {site_url}; "" restores the start-up value
 */
const GROUPS: Record<string, number> = { user: GROUP_USER, admin: GROUP_ADMIN, readonly: GROUP_READONLY };
const STATUSES: UserStatus[] = ["active", "inactive", "manual_banned", "sys_banned"];
const CAPTCHA_TYPES = ["normal", "recaptcha", "turnstile", "cap", "tcaptcha"];

export function registerTestRoutes(router: Router, state: State): void {
  // The site URL list absolute links are built from. A test can point it at another origin to
  // reproduce a misconfigured siteURL; an empty string restores the start-up value.
  router.get("/api/__test/site-url", () => ({ site_url: state.settings.siteUrl }));
  router.put("/api/__test/site-url", async (ctx) => {
    const body = await ctx.json();
    const value = (body as Record<string, unknown>).site_url;
    if (typeof value !== "string") throw paramError("site_url must be a string");
    state.settings.siteUrl = value || state.config.siteUrl || defaultSiteUrl(state.config.port);
    return { site_url: state.settings.siteUrl };
  });

  router.get("/api/__test/mails", (ctx) => {
    const to = ctx.query.get("to")?.toLowerCase();
    return state.mails
      .filter((m) => !to || m.to === to)
      .map((m) => ({ to: m.to, kind: m.kind, link: m.link, sent_at: m.sentAt.toISOString(), ...(m.smtpHost ? { smtp_host: m.smtpHost } : {}) }));
  });

  router.get("/api/__test/captcha", (ctx) => {
    const answer = captchaAnswer(state, ctx.query.get("ticket") ?? undefined);
    if (answer === undefined) throw new AppError(404, "Captcha not found");
    return answer;
  });

  router.patch("/api/__test/settings", async (ctx) => {
    const patch = await ctx.json();
    const settings = state.settings as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch)) {
      if (!(key in settings)) throw paramError(`Unknown setting ${key}`);
      if (typeof value !== typeof settings[key]) throw paramError(`Setting ${key} must be a ${typeof settings[key]}`);
      if (key === "captchaType" && !CAPTCHA_TYPES.includes(value as string)) throw paramError(`Unknown captcha type ${String(value)}`);
    }
    Object.assign(settings, patch);
    return state.settings satisfies SiteSettings;
  });

  // A sign-in with a short-lived access token for one account, so token-expiry tests need not
  // change the site-wide lifetime under tests running alongside.
  router.post("/api/__test/tokens", async (ctx) => {
    const body = await ctx.json();
    const user = state.findUserByEmail(email(body).toLowerCase());
    if (!user) throw new AppError(404, "User not found");
    const ttl = Number((body as Record<string, unknown>).access_ttl);
    if (!Number.isInteger(ttl) || ttl < 1) throw paramError("access_ttl must be a positive whole number of seconds");
    return { user: userJson(state, user, "full"), token: issueTokens(state, user, undefined, ttl) };
  });

  // Expiry without waiting for it: the page under test keeps believing the token is fresh.
  router.post("/api/__test/tokens/expire", async (ctx) => {
    const token = str(await ctx.json(), "access_token");
    if (!token) throw paramError("access_token is required");
    expireAccessToken(state, token);
    return null;
  });

  router.post("/api/__test/users", async (ctx) => {
    const body = await ctx.json();
    const addr = email(body).toLowerCase();
    // An empty password makes a passwordless account (passkey-only), which the UI must handle.
    const password = str(body, "password");
    const groupName = str(body, "group") || "user";
    const groupId = GROUPS[groupName];
    if (groupId === undefined) throw paramError(`Unknown group ${groupName}`);
    const status = (str(body, "status") || "active") as UserStatus;
    if (!STATUSES.includes(status)) throw paramError(`Unknown status ${status}`);
    const nickname = str(body, "nickname") || undefined;
    const twoFaSecret = str(body, "two_fa_secret") || undefined;
    const policyType = str(body, "policy_type");
    if (policyType && policyType !== "local" && policyType !== "s3") throw paramError(`Unknown policy type ${policyType}`);
    const chunkSize = Number((body as Record<string, unknown>).chunk_size ?? state.settings.chunkSize);
    if (!Number.isInteger(chunkSize) || chunkSize < 0) throw paramError("chunk_size must be a whole number of bytes");
    if (state.findUserByEmail(addr)) throw new AppError(40032, "Email already in use");
    const user = state.addUser((id) => {
      const u = newUser(id, addr, password, groupId, nickname);
      u.status = status;
      if (twoFaSecret) u.twoFaSecret = twoFaSecret;
      if (policyType) u.storage = { policyType: policyType as "local" | "s3", chunkSize };
      return u;
    });
    return userJson(state, user, "full");
  });
}
