import { randomBytes, randomUUID } from "node:crypto";
import { FILE_VIEWERS } from "../routes/siteDefaults.ts";

/**
 * Every settings row a fresh community install has (the admin API reads and writes only these;
 * other keys vanish silently). The long JSON defaults are shortened: they only need to be valid
 * values of the same shape.
 */
const randomLetters = (n: number) => [...randomBytes(n)].map((b) => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[b % 62]).join("");

const mailBody = (heading: string, action: string) =>
  `<html><body style="font-family:sans-serif"><h1>${heading}</h1><p>{{ .CommonContext.SiteBasic.Name }}</p>` +
  `<p><a href="{{ .Url }}">${action}</a></p><p><a href="{{ .CommonContext.SiteUrl }}">{{ .CommonContext.SiteUrl }}</a></p></body></html>`;

const MAIL_ACTIVATION = JSON.stringify([
  { language: "en-US", title: "Activate your account", body: mailBody("Activate your account", "Activate") },
  { language: "zh-CN", title: "激活你的账号", body: mailBody("激活你的账号", "激活") },
]);
const MAIL_RESET = JSON.stringify([
  { language: "en-US", title: "Reset your password", body: mailBody("Reset your password", "Reset password") },
  { language: "zh-CN", title: "重设密码", body: mailBody("重设密码", "重设密码") },
]);

const THEMES = JSON.stringify({
  "#1976d2": {
    light: { palette: { primary: { main: "#1976d2" }, secondary: { main: "#9c27b0" } } },
    dark: { palette: { primary: { main: "#90caf9" }, secondary: { main: "#ce93d8" } } },
  },
  "#3f51b5": { light: { palette: { primary: { main: "#3f51b5" }, secondary: { main: "#f50057" } } } },
});

const ICONS = JSON.stringify([
  { exts: ["mp3", "flac", "ogg", "m4a", "wav"], icon: "audio", color: "#651fff" },
  { exts: ["mp4", "mkv", "avi", "mov"], icon: "video", color: "#d50000" },
  { exts: ["png", "jpg", "jpeg", "gif", "webp", "svg"], icon: "image", color: "#d32f2f" },
  { exts: ["pdf"], icon: "pdf", color: "#f44336" },
  { exts: ["zip", "7z", "rar", "tar", "gz"], icon: "zip", color: "#f9a825" },
]);

const category = (exts: string[]) => `type=file&case_folding&use_or&${exts.map((e) => `name=*.${e}`).join("&")}`;

const MIME = JSON.stringify({
  ".txt": "text/plain",
  ".md": "text/markdown",
  ".json": "application/json",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".mp4": "video/mp4",
});

const EMOJIS = JSON.stringify({ "😀": ["😀", "😃", "😄", "😁", "😆"], "🐱": ["🐱", "🐶", "🐭", "🐹", "🐰"], "📁": ["📁", "📂", "📄", "📝", "📌"] });

const QUEUES: [string, number, number, number, number, number][] = [
  // name, workers, max execution (s), backoff max (s), max retries, retry delay
  ["media_meta", 30, 600, 60, 1, 0],
  ["thumb", 15, 300, 60, 0, 0],
  ["recycle", 5, 900, 60, 0, 0],
  ["io_intense", 30, 2592000, 600, 5, 0],
  ["remote_download", 5, 864000, 600, 5, 0],
];

/** Rows of the site, accounts, mail, sessions and captcha. */
function siteRows(): Record<string, string> {
  return {
    siteURL: "http://localhost:5212",
    siteName: "Cloudreve",
    siteDes: "Cloudreve",
    siteID: randomUUID(),
    siteTitle: "Cloud storage for everyone",
    siteScript: "",
    pwa_small_icon: "/static/img/favicon.ico",
    pwa_medium_icon: "/static/img/logo192.png",
    pwa_large_icon: "/static/img/logo512.png",
    pwa_display: "standalone",
    pwa_theme_color: "#000000",
    pwa_background_color: "#ffffff",
    register_enabled: "1",
    default_group: "2",
    fromName: "Cloudreve",
    mail_keepalive: "30",
    fromAdress: "no-reply@cloudreve.org",
    smtpHost: "smtp.cloudreve.com",
    smtpPort: "25",
    replyTo: "support@cloudreve.org",
    smtpUser: "smtp.cloudreve.com",
    smtpPass: "",
    smtpEncryption: "0",
    ban_time: "604800",
    maxEditSize: "52428800",
    archive_timeout: "600",
    upload_session_timeout: "86400",
    slave_api_timeout: "60",
    folder_props_timeout: "300",
    chunk_retries: "5",
    use_temp_chunk_buffer: "1",
    login_captcha: "0",
    reg_captcha: "0",
    email_active: "0",
    forget_captcha: "0",
    gravatar_server: "https://www.gravatar.com/",
    defaultTheme: "#1976d2",
    theme_options: THEMES,
    max_parallel_transfer: "4",
    secret_key: randomLetters(256),
    temp_path: "temp",
    avatar_path: "avatar",
    avatar_size: "4194304",
    avatar_size_l: "200",
    cron_garbage_collect: "@every 30m",
    cron_entity_collect: "@every 15m",
    cron_trash_bin_collect: "@every 33m",
    cron_oauth_cred_refresh: "@every 230h",
    authn_enabled: "1",
    captcha_type: "normal",
    captcha_height: "60",
    captcha_width: "240",
    captcha_mode: "3",
    captcha_ComplexOfNoiseText: "0",
    captcha_ComplexOfNoiseDot: "0",
    captcha_IsShowHollowLine: "0",
    captcha_IsShowNoiseDot: "1",
    captcha_IsShowNoiseText: "0",
    captcha_IsShowSlimeLine: "1",
    captcha_IsShowSineLine: "0",
    captcha_CaptchaLen: "6",
    captcha_ReCaptchaKey: "defaultKey",
    captcha_ReCaptchaSecret: "defaultSecret",
    captcha_turnstile_site_key: "",
    captcha_turnstile_site_secret: "",
    captcha_cap_instance_url: "",
    captcha_cap_key_id: "",
    captcha_cap_key_secret: "",
  };
}

/** Rows of thumbnails, media facts, listings, the explorer and the viewers. */
function fileRows(): Record<string, string> {
  return {
    thumb_width: "400",
    thumb_height: "300",
    thumb_entity_suffix: "._thumb",
    thumb_slave_sidecar_suffix: "._thumb_sidecar",
    thumb_encode_method: "png",
    thumb_gc_after_gen: "0",
    thumb_encode_quality: "95",
    thumb_builtin_enabled: "1",
    thumb_builtin_max_size: "78643200",
    thumb_vips_max_size: "78643200",
    thumb_vips_enabled: "0",
    thumb_vips_exts: "cr2,cr3,dng,nef,raw,tif,tiff,heic,heif,avif,webp,png,jpg,jpeg,gif,svg,pdf",
    thumb_ffmpeg_enabled: "0",
    thumb_vips_path: "vips",
    thumb_ffmpeg_path: "ffmpeg",
    thumb_ffmpeg_max_size: "10737418240",
    thumb_ffmpeg_exts: "3gp,avi,flv,m4v,mkv,mov,mp4,mpeg,mpg,ogv,webm,wmv",
    thumb_ffmpeg_seek: "00:00:01.00",
    thumb_libreoffice_path: "soffice",
    thumb_libreoffice_max_size: "78643200",
    thumb_libreoffice_enabled: "0",
    thumb_libreoffice_exts: "txt,pdf,md,ods,xlsx,xls,csv,docx,doc,rtf,pptx,ppt",
    thumb_music_cover_enabled: "1",
    thumb_music_cover_exts: "mp3,m4a,ogg,flac",
    thumb_music_cover_max_size: "1073741824",
    phone_required: "false",
    phone_enabled: "false",
    show_app_promotion: "1",
    public_resource_maxage: "86400",
    viewer_session_timeout: "36000",
    hash_id_salt: randomLetters(64),
    mail_activation_template: MAIL_ACTIVATION,
    mail_reset_template: MAIL_RESET,
    access_token_ttl: "3600",
    refresh_token_ttl: "1209600",
    use_cursor_pagination: "1",
    max_page_size: "2000",
    max_recursive_searched_folder: "65535",
    max_batched_file: "3000",
    entity_url_default_ttl: "3600",
    entity_url_cache_margin: "600",
    media_meta: "1",
    media_meta_exif: "1",
    media_meta_exif_size_local: "1073741824",
    media_meta_exif_size_remote: "104857600",
    media_meta_exif_brute_force: "1",
    media_meta_music: "1",
    media_meta_music_size_local: "1073741824",
    // Misspelt on the real server too (it reads media_meta_music_size_remote, which has no row).
    media_exif_music_size_remote: "1073741824",
    media_meta_ffprobe: "0",
    media_meta_ffprobe_path: "ffprobe",
    media_meta_ffprobe_size_local: "0",
    media_meta_ffprobe_size_remote: "0",
    site_logo: "/static/img/logo.svg",
    site_logo_light: "/static/img/logo_light.svg",
    tos_url: "https://cloudreve.org/privacy-policy",
    privacy_policy_url: "https://cloudreve.org/privacy-policy",
    explorer_icons: ICONS,
    explorer_category_image_query: category(["bmp", "png", "gif", "jpg", "jpeg", "svg", "webp", "heic", "heif", "tiff", "avif"]),
    explorer_category_video_query: category(["mp4", "m3u8", "flv", "avi", "wmv", "mkv", "mov", "ogv"]),
    explorer_category_audio_query: category(["mp3", "flac", "ape", "wav", "ogg", "m4a"]),
    explorer_category_document_query: category(["pdf", "doc", "docx", "ppt", "pptx", "xls", "xlsx", "csv", "txt", "md"]),
    use_sse_for_search: "0",
    emojis: EMOJIS,
    map_provider: "openstreetmap",
    map_google_tile_type: "regular",
    mime_mapping: MIME,
    file_viewers: JSON.stringify(FILE_VIEWERS),
    logto_enabled: "0",
    logto_config: JSON.stringify({ direct_sign_in: true, display_name: "vas.sso" }),
    qq_login: "0",
    qq_login_config: JSON.stringify({ direct_sign_in: false }),
    license: "",
  };
}

/** The settings table of a fresh install. */
export function defaultSettingRows(): Map<string, string> {
  const rows: Record<string, string> = { ...siteRows(), ...fileRows() };
  for (const [q, workers, maxExec, backoffMax, retries, delay] of QUEUES) {
    rows[`queue_${q}_worker_num`] = String(workers);
    rows[`queue_${q}_max_execution`] = String(maxExec);
    rows[`queue_${q}_backoff_factor`] = "2";
    rows[`queue_${q}_backoff_max_duration`] = String(backoffMax);
    rows[`queue_${q}_max_retry`] = String(retries);
    rows[`queue_${q}_retry_delay`] = String(delay);
  }
  return new Map(Object.entries(rows));
}
