import { AppError } from "../core/envelope.ts";
import type { State } from "../state/state.ts";
import type { SiteSettings } from "../state/types.ts";
import { adminOf } from "./store.ts";
import type { adminRoutes } from "./http.ts";

/**
 * `POST /admin/settings` (read by key list) and `PATCH /admin/settings` (write strings). Rows the
 * rest of the stand-in acts on are bound to its live settings, so a change made here shows up in
 * sign-up, captcha, listings and the page placeholders at once, and a test hook's change shows here.
 */
interface Binding {
  get(s: SiteSettings): string;
  set(s: SiteSettings, raw: string): void;
}

type Keys<T> = { [K in keyof SiteSettings]: SiteSettings[K] extends T ? K : never }[keyof SiteSettings];

export const isTrue = (v: string) => v === "1" || v === "true";

const text = (f: Keys<string>): Binding => ({ get: (s) => s[f], set: (s, v) => void ((s as unknown as Record<string, unknown>)[f] = v) });
const flag = (f: Keys<boolean>): Binding => ({ get: (s) => (s[f] ? "1" : "0"), set: (s, v) => void (s[f] = isTrue(v)) });
// Unparsable numbers make the server fall back to the getter's built-in default.
const whole = (f: Keys<number>, fallback: number): Binding => ({
  get: (s) => String(s[f]),
  set: (s, v) => void (s[f] = /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : fallback),
});
// Settings the stand-in keeps outside its typed record (read by its manifest route). Until one is
// written, the manifest uses its install default, which is also what the row holds.
const loose = (f: string): Binding => ({
  get: (s) => {
    const v = (s as unknown as Record<string, unknown>)[f];
    return v === undefined ? UNSET : String(v);
  },
  set: (s, v) => void ((s as unknown as Record<string, unknown>)[f] = v),
});

const UNSET = "\u0000unset";

const BOUND: Record<string, Binding> = {
  siteURL: text("siteUrl"),
  siteName: text("siteName"),
  siteDes: text("siteDes"),
  siteScript: text("siteScript"),
  defaultTheme: text("defaultTheme"),
  theme_options: text("themes"),
  captcha_type: text("captchaType"),
  login_captcha: flag("loginCaptcha"),
  reg_captcha: flag("regCaptcha"),
  forget_captcha: flag("forgetCaptcha"),
  authn_enabled: flag("authn"),
  register_enabled: flag("registerEnabled"),
  email_active: flag("emailActive"),
  default_group: whole("defaultGroup", 2),
  tos_url: text("tosUrl"),
  privacy_policy_url: text("privacyUrl"),
  use_cursor_pagination: flag("useCursorPagination"),
  max_page_size: whole("maxPageSize", 2000),
  max_batched_file: whole("maxBatchedFile", 3000),
  max_recursive_searched_folder: whole("maxRecursiveSearchedFolder", 65535),
  access_token_ttl: whole("accessTtl", 3600),
  refresh_token_ttl: whole("refreshTtl", 1209600),
  upload_session_timeout: whole("uploadSessionTtl", 86400),
  thumb_width: whole("thumbWidth", 400),
  thumb_height: whole("thumbHeight", 300),
  pwa_small_icon: text("pwaSmallIcon"),
  pwa_medium_icon: text("pwaMediumIcon"),
  pwa_large_icon: text("pwaLargeIcon"),
  pwa_display: loose("pwaDisplay"),
  pwa_theme_color: loose("pwaThemeColor"),
  pwa_background_color: loose("pwaBackgroundColor"),
  captcha_ReCaptchaKey: text("reCaptchaKey"),
  captcha_turnstile_site_key: text("turnstileSiteId"),
  captcha_cap_instance_url: text("capInstanceUrl"),
  captcha_cap_key_id: text("capKeyId"),
};

/** A setting's current value as the API reports it; undefined for a key with no row. */
export function readSetting(state: State, key: string): string | undefined {
  const rows = adminOf(state).settings;
  const raw = rows.get(key);
  if (raw === undefined) return undefined;
  const bound = BOUND[key];
  if (!bound) return raw;
  const live = bound.get(state.settings);
  if (live === UNSET) return raw;
  // The stored text wins while it still means the live value ("true" for on, "0042" for 42).
  const probe = { ...state.settings };
  bound.set(probe, raw);
  return bound.get(probe) === live ? raw : live;
}

function writeSetting(state: State, key: string, value: string): void {
  const rows = adminOf(state).settings;
  if (!rows.has(key)) return;
  rows.set(key, value);
  BOUND[key]?.set(state.settings, value);
}

const RANDOM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const randomKey = (n: number) => Array.from({ length: n }, () => RANDOM[Math.floor(Math.random() * RANDOM.length)]).join("");

/** The pre-processors: site URLs re-serialised, MIME mapping checked, any secret_key replaced. */
function preprocess(settings: Record<string, string>): void {
  if ("siteURL" in settings) {
    settings.siteURL = settings
      .siteURL!.split(",")
      .map((part) => {
        // Stricter than Go's url.Parse, which accepts almost anything: a part must be an absolute URL.
        if (!URL.canParse(part)) throw new AppError(40001, "Failed to validate settings");
        return part;
      })
      .join(",");
  }
  if ("mime_mapping" in settings) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(settings.mime_mapping!);
    } catch {
      throw new AppError(40001, "Failed to validate settings");
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== "string")) {
      throw new AppError(40001, "Failed to validate settings");
    }
  }
  if ("secret_key" in settings) settings.secret_key = randomKey(256);
}

export function registerSettingRoutes(admin: ReturnType<typeof adminRoutes>, state: State): void {
  admin.post("/settings", async (ctx) => {
    const keys = (await ctx.json()).keys;
    if (keys === undefined || keys === null) throw new AppError(40001, "Keys cannot be empty", undefined, undefined, true);
    if (!Array.isArray(keys) || keys.some((k) => typeof k !== "string")) throw new AppError(40001, "JSON marshall error", undefined, undefined, true);
    const out: Record<string, string> = {};
    for (const key of keys as string[]) {
      if (key === "secret_key") continue;
      const v = readSetting(state, key);
      if (v !== undefined) out[key] = v;
    }
    return out;
  });

  admin.patch("/settings", async (ctx) => {
    const settings = (await ctx.json()).settings;
    if (settings === undefined || settings === null) throw new AppError(40001, "Settings cannot be empty", undefined, undefined, true);
    if (typeof settings !== "object" || Array.isArray(settings) || Object.values(settings).some((v) => typeof v !== "string")) {
      throw new AppError(40001, "JSON marshall error", undefined, undefined, true);
    }
    const values = { ...(settings as Record<string, string>) };
    preprocess(values);
    // Unknown keys are echoed as if saved but stored nowhere.
    for (const [k, v] of Object.entries(values)) writeSetting(state, k, v);
    if ("secret_key" in values) values.secret_key = "";
    return values;
  });
}
