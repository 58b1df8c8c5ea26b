import { AppError, paramError } from "../core/envelope.ts";
import { checkPassword, hashPassword } from "../core/password.ts";
import { HANDLED, type Router } from "../core/router.ts";
import { requireUser } from "../core/tokens.ts";
import { bool, int } from "../core/validate.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { AVATAR_MAX_BYTES, saveAvatar, toAvatar } from "./avatar.ts";
import { passkeyJson } from "./passkeys.ts";
import { oauthGrantsField } from "../oauth/routes.ts";
import { newTotpSecret, totpValid } from "./totp.ts";
import { newer, PROFILE_SHARES, type ProfileShares } from "./newer.ts";

const TWO_FA_INIT_TTL = 600;
const twoFaInitKey = (userId: number) => `2fa_init_${userId}`;

// go-playground's hexcolor|rgb|rgba|hsl validators.
const CSS_COLOUR = [
  /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i,
  /^rgb\(\s*(?:\d{1,3}\s*,\s*){2}\d{1,3}\s*\)$|^rgb\(\s*(?:\d{1,3}%\s*,\s*){2}\d{1,3}%\s*\)$/i,
  /^rgba\(\s*(?:\d{1,3}%?\s*,\s*){3}(?:0|1|0?\.\d+|1\.0+)\s*\)$/i,
  /^hsl\(\s*\d{1,3}\s*,\s*\d{1,3}%\s*,\s*\d{1,3}%\s*\)$/i,
];

export function userSettingsJson(user: User): Record<string, unknown> {
  const vr = user.versionRetention;
  return {
    version_retention_enabled: vr.enabled,
    ...(vr.ext.length > 0 ? { version_retention_ext: vr.ext } : {}),
    ...(vr.max ? { version_retention_max: vr.max } : {}),
    passwordless: user.passwordHash === "",
    two_fa_enabled: Boolean(user.twoFaSecret),
    ...(user.passkeys.length > 0 ? { passkeys: user.passkeys.map(passkeyJson) } : {}),
    disable_view_sync: user.disableViewSync,
  };
}

/** Pointer-typed optional string: absent/null → undefined, present → validated, "" included. */
function optStr(body: Record<string, unknown>, field: string, label: string, min: number, max: number): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw paramError("JSON marshall error");
  const len = [...v].length;
  if (len < min) throw paramError(`${label} too short`);
  if (len > max) throw paramError(`${label} too long`);
  return v;
}

function optStrList(body: Record<string, unknown>, field: string): string[] | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw paramError("JSON marshall error");
  return v as string[];
}

export function registerSettingsRoutes(router: Router, state: State): void {
  router.get("/api/v4/user/setting", (ctx) => {
    const user = requireUser(ctx.who);
    const profileShares = newer(state).profileShares ? { share_links_in_profile: user.shareLinksInProfile ?? "" } : {};
    return { ...userSettingsJson(user), ...profileShares, ...oauthGrantsField(state, user) };
  });

  router.get("/api/v4/user/setting/2fa", (ctx) => {
    const user = requireUser(ctx.who);
    const secret = newTotpSecret();
    state.kvSet(twoFaInitKey(user.id), secret, TWO_FA_INIT_TTL);
    return secret;
  });

  router.patch("/api/v4/user/setting", async (ctx) => {
    const user = requireUser(ctx.who);
    const body = await ctx.json();
    // Bind everything first, as gin does, so a validation error changes nothing.
    const nick = optStr(body, "nick", "Nickname", 1, 255);
    const language = optStr(body, "language", "Language", 1, 255);
    const theme = optStr(body, "preferred_theme", "PreferredTheme", 0, Infinity);
    if (theme !== undefined && !CSS_COLOUR.some((re) => re.test(theme))) throw paramError("Invalid parameters.");
    const retentionEnabled = bool(body, "version_retention_enabled");
    const retentionExt = optStrList(body, "version_retention_ext");
    const retentionMax = int(body, "version_retention_max");
    if (retentionMax !== undefined && retentionMax < 0) throw paramError("VersionRetentionMax too short");
    const currentPassword = optStr(body, "current_password", "CurrentPassword", 4, 128);
    const newPassword = optStr(body, "new_password", "NewPassword", 6, 128);
    const twoFaEnabled = bool(body, "two_fa_enabled");
    const twoFaCode = optStr(body, "two_fa_code", "TwoFACode", 0, Infinity);
    const disableViewSync = bool(body, "disable_view_sync");
    // A newer server's field; the community server does not bind it and so ignores it.
    const profileShares = newer(state).profileShares ? body.share_links_in_profile : undefined;
    if (profileShares !== undefined && profileShares !== null && !PROFILE_SHARES.includes(profileShares as ProfileShares))
      throw paramError("Invalid parameters.");

    // The nickname is written at once; the other preferences only once every later step passed.
    if (nick !== undefined) user.nickname = nick;

    if (currentPassword !== undefined && newPassword !== undefined) {
      if (!checkPassword(currentPassword, user.passwordHash)) throw new AppError(40069, "Incorrect password");
      user.passwordHash = hashPassword(newPassword);
    }

    if (twoFaEnabled !== undefined) {
      const secret = twoFaEnabled ? state.kvGet<string>(twoFaInitKey(user.id)) : (user.twoFaSecret ?? "");
      if (twoFaEnabled && secret === undefined) throw new AppError(50005, "You have not initiated 2FA session");
      // The real server dereferences a missing code and panics; gin answers 500 with no body.
      if (twoFaCode === undefined) {
        ctx.res.writeHead(500);
        ctx.res.end();
        return HANDLED;
      }
      if (!totpValid(twoFaCode, secret ?? "")) throw new AppError(40022, "Incorrect 2FA code");
      if (twoFaEnabled) user.twoFaSecret = secret;
      else delete user.twoFaSecret;
    }

    if (language !== undefined) user.language = language;
    if (theme !== undefined) user.preferredTheme = theme;
    if (retentionEnabled !== undefined) user.versionRetention.enabled = retentionEnabled;
    if (retentionExt !== undefined) user.versionRetention.ext = retentionExt;
    if (retentionMax !== undefined) user.versionRetention.max = retentionMax;
    if (disableViewSync !== undefined) user.disableViewSync = disableViewSync;
    if (typeof profileShares === "string") user.shareLinksInProfile = profileShares as ProfileShares;
    return undefined;
  });

  router.put("/api/v4/user/setting/avatar", async (ctx) => {
    const user = requireUser(ctx.who);
    const header = ctx.header("content-length");
    const length = header === undefined ? -1 : Number(header);
    if (!Number.isInteger(length) || length < 0 || length > AVATAR_MAX_BYTES) throw new AppError(40049, "");
    if (length === 0) {
      user.avatar = "gravatar";
      return undefined;
    }
    const stored = toAvatar(await ctx.body(), ctx.header("content-type") ?? "");
    await saveAvatar(state, user.id, stored);
    user.avatar = "file";
    return undefined;
  });
}
