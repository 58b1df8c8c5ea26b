import { HANDLED, type Ctx, type Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { issueCaptcha } from "./captcha.ts";
import { EMOJI_PRESET, LOGO, LOGO_LIGHT } from "./siteDefaults.ts";
import { publicViewers, registerViewerApps } from "./viewerApps.ts";
import { anonymousUserJson, userJson } from "./userJson.ts";
import { DRAWIO_EMBED_PATH, drawioEmbedPage } from "./drawioEmbed.ts";
import { CUSTOM_PROPS, newer } from "./newer.ts";
import { pingVersion } from "../fs/newerLinks.ts";

export const BACKEND_VERSION = "4.0.0";

export function registerSiteRoutes(router: Router, state: State): void {
  router.get("/api/v4/site/ping", () => pingVersion(state, BACKEND_VERSION));
  router.get("/api/v4/site/captcha", () => issueCaptcha(state));
  router.get("/api/v4/site/config/:section", (ctx) => siteConfig(state, ctx));
  registerViewerApps(router);
  router.get(DRAWIO_EMBED_PATH, (ctx) => {
    ctx.res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    ctx.res.end(drawioEmbedPage());
    return HANDLED;
  });
}

/** Every field is omitempty on the server: false booleans and empty strings are left out. */
function compact(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== false && v !== "" && v !== undefined && v !== 0));
}

function siteConfig(state: State, ctx: Ctx): Record<string, unknown> {
  const s = state.settings;
  switch (ctx.params.section) {
    case "login":
      return compact({
        login_captcha: s.loginCaptcha,
        reg_captcha: s.regCaptcha,
        forget_captcha: s.forgetCaptcha,
        authn: s.authn,
        register_enabled: s.registerEnabled,
        tos_url: s.tosUrl,
        privacy_policy_url: s.privacyUrl,
      });
    case "explorer":
      return compact({
        max_batch_size: s.maxBatchedFile,
        file_viewers: publicViewers(state),
        icons: "[]",
        map_provider: "openstreetmap",
        google_map_tile_type: "regular",
        thumbnail_width: s.thumbWidth,
        thumbnail_height: s.thumbHeight,
        ...(newer(state).customProps ? { custom_props: CUSTOM_PROPS } : {}),
      });
    case "emojis":
      return { emoji_preset: EMOJI_PRESET };
    case "app":
      return {};
    default:
      // Unknown sections (including "basic" and typos) fall back to the basic section.
      return compact({
        instance_id: state.siteId,
        title: s.siteName,
        themes: s.themes,
        default_theme: s.defaultTheme,
        user: ctx.who.user ? userJson(state, ctx.who.user, "full") : anonymousUserJson(state),
        logo: LOGO,
        logo_light: LOGO_LIGHT,
        captcha_type: s.captchaType,
        captcha_ReCaptchaKey: s.reCaptchaKey,
        turnstile_site_id: s.turnstileSiteId,
        captcha_cap_instance_url: s.capInstanceUrl,
        captcha_cap_key_id: s.capKeyId,
      });
  }
}
