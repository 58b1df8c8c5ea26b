import type { FieldSpec, SectionSpec, TabSpec, Values } from "./types";
import { isOn } from "./types";
import { GroupPicker } from "./editors/GroupPicker";
import { ThemePresets } from "./editors/ThemePresets";
import { DefaultTheme } from "./editors/DefaultTheme";
import { parsePresets } from "./editors/themes";
import { MailTemplates } from "./editors/MailTemplates";
import { FileViewers } from "./editors/FileViewers";
import { TestMail } from "./extras/TestMail";
import { CaptchaPreview } from "./extras/CaptchaPreview";

/**
 * Every settings tab, its sections and fields, keyed by the server's setting names (see
 * docs/admin-api.md, "Settings"). Labels and explanations live under `settings.field.<key>` in the
 * admin namespace. Keys a server has no row for are left out of the form by SettingsTab, so the
 * newer keys listed here (custom navigation, custom HTML, custom properties) only show on servers
 * that know them.
 */

const captchaIs =
  (...types: string[]) =>
  (v: Values) =>
    types.includes(v.captcha_type ?? "normal");
const on = (key: string) => (v: Values) => isOn(v[key]);

const QUEUES = ["io_intense", "media_meta", "thumb", "recycle", "remote_download"] as const;

const queueSection = (q: (typeof QUEUES)[number]): SectionSpec => {
  const vars = { queue: q };
  const f = (suffix: string, kind: FieldSpec["kind"], extra: Partial<FieldSpec> = {}): FieldSpec => ({
    key: `queue_${q}_${suffix}`,
    kind,
    textKey: `queue_${suffix}`,
    textVars: vars,
    ...extra,
  });
  return {
    id: `queue_${q}`,
    textKey: `queue_${q}`,
    fields: [
      f("worker_num", "int", { min: 1, max: 1000 }),
      f("max_execution", "duration", { min: 1 }),
      f("backoff_factor", "float", { min: 1 }),
      f("backoff_max_duration", "duration"),
      f("max_retry", "int", { max: 100 }),
      f("retry_delay", "duration"),
    ],
  };
};

const generator = (name: "vips" | "ffmpeg" | "libreoffice" | "music_cover", gen?: FieldSpec["generator"]): SectionSpec => {
  const enabled = `thumb_${name}_enabled`;
  const fields: FieldSpec[] = [{ key: enabled, kind: "bool" }];
  if (gen) fields.push({ key: `thumb_${name}_path`, kind: "text", required: true, generator: gen, when: on(enabled) });
  fields.push({ key: `thumb_${name}_max_size`, kind: "size", when: on(enabled) }, { key: `thumb_${name}_exts`, kind: "list", when: on(enabled) });
  if (name === "ffmpeg") fields.push({ key: "thumb_ffmpeg_seek", kind: "text", when: on(enabled) });
  return { id: `thumb_${name}`, fields };
};

export const TABS: TabSpec[] = [
  {
    id: "site",
    sections: [
      {
        id: "siteBasics",
        fields: [
          { key: "siteName", kind: "text", required: true },
          { key: "siteDes", kind: "textarea" },
          { key: "siteTitle", kind: "text" },
          { key: "siteURL", kind: "urls", required: true },
          { key: "show_app_promotion", kind: "bool" },
        ],
      },
      {
        id: "siteLogos",
        fields: [
          { key: "site_logo", kind: "path", optional: true },
          { key: "site_logo_light", kind: "path", optional: true },
          { key: "pwa_small_icon", kind: "path", optional: true },
          { key: "pwa_medium_icon", kind: "path", optional: true },
          { key: "pwa_large_icon", kind: "path", optional: true },
          { key: "pwa_display", kind: "select", options: ["standalone", "fullscreen", "minimal-ui", "browser"] },
          { key: "pwa_theme_color", kind: "color" },
          { key: "pwa_background_color", kind: "color" },
        ],
      },
      {
        id: "siteLegal",
        fields: [
          { key: "tos_url", kind: "url", optional: true },
          { key: "privacy_policy_url", kind: "url", optional: true },
        ],
      },
    ],
  },
  {
    id: "user",
    sections: [
      {
        id: "signUp",
        fields: [
          { key: "register_enabled", kind: "bool" },
          { key: "email_active", kind: "bool" },
          { key: "default_group", kind: "custom", editor: GroupPicker },
        ],
      },
      {
        id: "signIn",
        fields: [
          { key: "authn_enabled", kind: "bool" },
          { key: "login_captcha", kind: "bool" },
          { key: "reg_captcha", kind: "bool" },
          { key: "forget_captcha", kind: "bool" },
        ],
      },
      {
        id: "sessions",
        fields: [
          { key: "access_token_ttl", kind: "duration", min: 60 },
          { key: "refresh_token_ttl", kind: "duration", min: 3600 },
        ],
      },
      {
        id: "avatars",
        fields: [
          { key: "gravatar_server", kind: "url", optional: true },
          { key: "avatar_path", kind: "text", required: true },
          { key: "avatar_size", kind: "size", min: 1 },
          { key: "avatar_size_l", kind: "int", min: 16, max: 2048 },
        ],
      },
    ],
  },
  {
    id: "captcha",
    sections: [
      {
        id: "captchaType",
        fields: [{ key: "captcha_type", kind: "select", options: ["normal", "recaptcha", "turnstile", "cap"] }],
        extra: CaptchaPreview,
      },
      {
        id: "captchaImage",
        when: captchaIs("normal"),
        fields: [
          { key: "captcha_mode", kind: "select", options: ["0", "1", "2", "3"] },
          { key: "captcha_CaptchaLen", kind: "int", min: 1, max: 12 },
          { key: "captcha_width", kind: "int", min: 60, max: 1000 },
          { key: "captcha_height", kind: "int", min: 20, max: 400 },
          { key: "captcha_ComplexOfNoiseText", kind: "int", max: 2 },
          { key: "captcha_ComplexOfNoiseDot", kind: "int", max: 2 },
          { key: "captcha_IsShowHollowLine", kind: "bool" },
          { key: "captcha_IsShowNoiseDot", kind: "bool" },
          { key: "captcha_IsShowNoiseText", kind: "bool" },
          { key: "captcha_IsShowSlimeLine", kind: "bool" },
          { key: "captcha_IsShowSineLine", kind: "bool" },
        ],
      },
      {
        id: "captchaRecaptcha",
        when: captchaIs("recaptcha"),
        fields: [
          { key: "captcha_ReCaptchaKey", kind: "text", required: true },
          { key: "captcha_ReCaptchaSecret", kind: "secret", required: true },
        ],
      },
      {
        id: "captchaTurnstile",
        when: captchaIs("turnstile"),
        fields: [
          { key: "captcha_turnstile_site_key", kind: "text", required: true },
          { key: "captcha_turnstile_site_secret", kind: "secret", required: true },
        ],
      },
      {
        id: "captchaCap",
        when: captchaIs("cap"),
        fields: [
          { key: "captcha_cap_instance_url", kind: "url", required: true },
          { key: "captcha_cap_key_id", kind: "text", required: true },
          { key: "captcha_cap_key_secret", kind: "secret", required: true },
        ],
      },
    ],
  },
  {
    id: "email",
    sections: [
      {
        id: "sender",
        fields: [
          { key: "fromName", kind: "text", required: true },
          { key: "fromAdress", kind: "email", required: true },
          { key: "replyTo", kind: "email", optional: true },
        ],
      },
      {
        id: "smtp",
        fields: [
          { key: "smtpHost", kind: "text", required: true },
          { key: "smtpPort", kind: "int", min: 1, max: 65535 },
          { key: "smtpUser", kind: "text" },
          { key: "smtpPass", kind: "secret" },
          { key: "smtpEncryption", kind: "bool" },
          { key: "mail_keepalive", kind: "duration", min: 1 },
        ],
        extra: TestMail,
      },
      {
        id: "templates",
        fields: [
          { key: "mail_activation_template", kind: "custom", json: "array", editor: MailTemplates },
          { key: "mail_reset_template", kind: "custom", json: "array", editor: MailTemplates },
        ],
      },
    ],
  },
  {
    id: "media",
    sections: [
      {
        id: "thumbs",
        fields: [
          { key: "thumb_width", kind: "int", min: 16, max: 4096 },
          { key: "thumb_height", kind: "int", min: 16, max: 4096 },
          { key: "thumb_encode_method", kind: "select", options: ["png", "jpg"] },
          { key: "thumb_encode_quality", kind: "int", min: 1, max: 100 },
          { key: "thumb_entity_suffix", kind: "text", required: true },
          { key: "thumb_slave_sidecar_suffix", kind: "text", required: true },
          { key: "thumb_gc_after_gen", kind: "bool" },
        ],
      },
      {
        id: "thumb_builtin",
        fields: [
          { key: "thumb_builtin_enabled", kind: "bool" },
          { key: "thumb_builtin_max_size", kind: "size", when: on("thumb_builtin_enabled") },
        ],
      },
      generator("vips", "vips"),
      generator("ffmpeg", "ffmpeg"),
      generator("libreoffice", "libreOffice"),
      generator("music_cover"),
      {
        id: "mediaMeta",
        fields: [
          { key: "media_meta", kind: "bool" },
          { key: "media_meta_exif", kind: "bool" },
          { key: "media_meta_exif_size_local", kind: "size", when: on("media_meta_exif") },
          { key: "media_meta_exif_size_remote", kind: "size", when: on("media_meta_exif") },
          { key: "media_meta_exif_brute_force", kind: "bool", when: on("media_meta_exif") },
          { key: "media_meta_music", kind: "bool" },
          { key: "media_meta_music_size_local", kind: "size", when: on("media_meta_music") },
          { key: "media_exif_music_size_remote", kind: "size", when: on("media_meta_music") },
          { key: "media_meta_ffprobe", kind: "bool" },
          { key: "media_meta_ffprobe_path", kind: "text", required: true, generator: "ffprobe", when: on("media_meta_ffprobe") },
          { key: "media_meta_ffprobe_size_local", kind: "size", when: on("media_meta_ffprobe") },
          { key: "media_meta_ffprobe_size_remote", kind: "size", when: on("media_meta_ffprobe") },
        ],
      },
    ],
  },
  { id: "queue", sections: QUEUES.map(queueSection) },
  {
    id: "appearance",
    sections: [
      {
        id: "themes",
        fields: [
          { key: "theme_options", kind: "custom", json: "object", editor: ThemePresets },
          {
            key: "defaultTheme",
            kind: "custom",
            editor: DefaultTheme,
            check: (v, all) => ((parsePresets(all.theme_options ?? "") ?? []).some((p) => p.light.primary === v) ? "" : "preset"),
          },
        ],
      },
      {
        id: "customHtml",
        fields: [
          { key: "siteScript", kind: "code" },
          { key: "headless_footer_html", kind: "code" },
          { key: "headless_bottom_html", kind: "code" },
          { key: "sidebar_bottom_html", kind: "code" },
        ],
      },
      { id: "customNav", fields: [{ key: "custom_nav_items", kind: "json", json: "array" }] },
    ],
  },
  {
    id: "filesystem",
    sections: [
      {
        id: "listing",
        fields: [
          { key: "use_cursor_pagination", kind: "bool" },
          { key: "max_page_size", kind: "int", min: 10, max: 100000 },
          { key: "max_batched_file", kind: "int", min: 1 },
          { key: "max_recursive_searched_folder", kind: "int", min: 1 },
          { key: "max_parallel_transfer", kind: "int", min: 1, max: 64 },
          { key: "use_sse_for_search", kind: "bool" },
        ],
      },
      {
        id: "uploads",
        fields: [
          { key: "upload_session_timeout", kind: "duration", min: 60 },
          { key: "chunk_retries", kind: "int", max: 100 },
          { key: "use_temp_chunk_buffer", kind: "bool" },
          { key: "slave_api_timeout", kind: "duration", min: 1 },
          { key: "archive_timeout", kind: "duration", min: 1 },
          { key: "folder_props_timeout", kind: "duration", min: 1 },
          { key: "maxEditSize", kind: "size" },
        ],
      },
      {
        id: "links",
        fields: [
          { key: "entity_url_default_ttl", kind: "duration", min: 60 },
          { key: "entity_url_cache_margin", kind: "duration" },
          { key: "public_resource_maxage", kind: "duration" },
          { key: "viewer_session_timeout", kind: "duration", min: 60 },
        ],
      },
      {
        id: "cleanup",
        fields: [
          { key: "cron_trash_bin_collect", kind: "cron" },
          { key: "cron_entity_collect", kind: "cron" },
          { key: "cron_oauth_cred_refresh", kind: "cron" },
        ],
      },
      {
        id: "categories",
        fields: [
          { key: "explorer_category_image_query", kind: "text" },
          { key: "explorer_category_video_query", kind: "text" },
          { key: "explorer_category_audio_query", kind: "text" },
          { key: "explorer_category_document_query", kind: "text" },
        ],
      },
      {
        id: "maps",
        fields: [
          { key: "map_provider", kind: "select", options: ["openstreetmap", "google"] },
          { key: "map_google_tile_type", kind: "select", options: ["regular", "satellite", "terrain"], when: (v) => v.map_provider === "google" },
        ],
      },
      { id: "viewers", fields: [{ key: "file_viewers", kind: "custom", json: "array", editor: FileViewers }] },
      {
        id: "icons",
        fields: [
          { key: "explorer_icons", kind: "json", json: "array" },
          { key: "emojis", kind: "json", json: "object" },
          { key: "mime_mapping", kind: "json", json: "stringMap" },
        ],
      },
      { id: "customProps", fields: [{ key: "custom_props", kind: "json", json: "array" }] },
    ],
  },
  {
    id: "server",
    sections: [
      {
        id: "paths",
        fields: [
          { key: "temp_path", kind: "text", required: true },
          { key: "cron_garbage_collect", kind: "cron" },
        ],
      },
      { id: "cors", fields: [] },
      {
        id: "identity",
        fields: [
          { key: "siteID", kind: "readonly" },
          { key: "hash_id_salt", kind: "readonly" },
        ],
      },
    ],
  },
];
