/** Install defaults of the explorer and emoji settings (docs/server-behaviour.md, "Site configuration"), trimmed to what the stand-in serves. */

export const LOGO = "/static/img/logo.svg";
export const LOGO_LIGHT = "/static/img/logo_light.svg";

export interface Viewer {
  id: string;
  type: "builtin" | "wopi" | "custom";
  display_name: string;
  exts: string[];
  url?: string;
  icon?: string;
  props?: Record<string, string>;
  max_size?: number;
  disabled?: boolean;
  platform?: "pc" | "mobile" | "all";
  required_group_permission?: number[];
  templates?: { ext: string; display_name: string }[];
  /** WOPI only: the discovered actions per extension; the server strips them from the site config. */
  wopi_actions?: Record<string, Record<string, string>>;
}

/** The path of the stand-in's pretend office suite (routes/viewerApps.ts). */
export const WOPI_HOST_PATH = "/__viewers/office";
/** The path of the stand-in's pretend custom viewer, which shows the URL it was opened with. */
export const CUSTOM_VIEWER_PATH = "/__viewers/inspect";

/**
 * The community server's install-default catalogue (same ids, names, extensions and templates), plus
 * one WOPI viewer and one custom viewer that point at pages the stand-in serves itself, so both
 * kinds can be opened without reaching the internet. The custom viewer's URL carries every template
 * variable, so a test can read what the app substituted.
 */
export const FILE_VIEWERS: { viewers: Viewer[] }[] = [
  {
    viewers: [
      { id: "music", type: "builtin", display_name: "fileManager.musicPlayer", exts: ["mp3", "ogg", "wav", "flac", "m4a"] },
      { id: "epub", type: "builtin", display_name: "fileManager.epubViewer", exts: ["epub"] },
      {
        id: "googledocs",
        type: "custom",
        display_name: "fileManager.googledocs",
        icon: "/static/img/viewers/gdrive.png",
        url: "https://docs.google.com/gview?url={$src}&embedded=true",
        exts: [
          "jpeg",
          "png",
          "gif",
          "tiff",
          "bmp",
          "webm",
          "mpeg4",
          "3gpp",
          "mov",
          "avi",
          "mpegps",
          "wmv",
          "flv",
          "txt",
          "css",
          "html",
          "php",
          "c",
          "cpp",
          "h",
          "hpp",
          "js",
          "doc",
          "docx",
          "xls",
          "xlsx",
          "ppt",
          "pptx",
          "pdf",
          "pages",
          "ai",
          "psd",
          "tiff",
          "dxf",
          "svg",
          "eps",
          "ps",
          "ttf",
          "xps",
        ],
        max_size: 26214400,
      },
      {
        id: "m365online",
        type: "custom",
        display_name: "fileManager.m365viewer",
        icon: "/static/img/viewers/m365.svg",
        url: "https://view.officeapps.live.com/op/view.aspx?src={$src}",
        exts: ["doc", "docx", "docm", "dotm", "dotx", "xlsx", "xlsb", "xls", "xlsm", "pptx", "ppsx", "ppt", "pps", "pptm", "potm", "ppam", "potx", "ppsm"],
        max_size: 10485760,
      },
      { id: "pdf", type: "builtin", display_name: "fileManager.pdfViewer", exts: ["pdf"] },
      {
        id: "video",
        type: "builtin",
        icon: "/static/img/viewers/artplayer.png",
        display_name: "Artplayer",
        exts: ["mp4", "mkv", "webm", "avi", "m3u8", "mov", "flv"],
      },
      { id: "markdown", type: "builtin", display_name: "fileManager.markdownEditor", exts: ["md"], templates: [{ ext: "md", display_name: "Markdown" }] },
      {
        id: "drawio",
        type: "builtin",
        icon: "/static/img/viewers/drawio.svg",
        display_name: "draw.io",
        exts: ["drawio", "dwb"],
        props: { host: "https://embed.diagrams.net" },
        templates: [
          { ext: "drawio", display_name: "fileManager.diagram" },
          { ext: "dwb", display_name: "fileManager.whiteboard" },
        ],
      },
      { id: "image", type: "builtin", display_name: "fileManager.imageViewer", exts: ["bmp", "png", "gif", "jpg", "jpeg", "svg", "webp", "heic", "heif"] },
      {
        id: "monaco",
        type: "builtin",
        icon: "/static/img/viewers/monaco.svg",
        display_name: "fileManager.monacoEditor",
        exts: [
          "md",
          "txt",
          "json",
          "php",
          "py",
          "bat",
          "c",
          "h",
          "cpp",
          "hpp",
          "cs",
          "css",
          "dockerfile",
          "go",
          "html",
          "htm",
          "ini",
          "java",
          "js",
          "jsx",
          "less",
          "lua",
          "sh",
          "sql",
          "xml",
          "yaml",
        ],
        templates: [{ ext: "txt", display_name: "fileManager.text" }],
      },
      {
        id: "photopea",
        type: "builtin",
        icon: "/static/img/viewers/photopea.png",
        display_name: "Photopea",
        exts: [
          "psd",
          "ai",
          "indd",
          "xcf",
          "xd",
          "fig",
          "kri",
          "clip",
          "pxd",
          "pxz",
          "cdr",
          "ufo",
          "afphoyo",
          "svg",
          "esp",
          "pdf",
          "pdn",
          "wmf",
          "emf",
          "png",
          "jpg",
          "jpeg",
          "gif",
          "webp",
          "ico",
          "icns",
          "bmp",
          "avif",
          "heic",
          "jxl",
          "ppm",
          "pgm",
          "pbm",
          "tiff",
          "dds",
          "iff",
          "anim",
          "tga",
          "dng",
          "nef",
          "cr2",
          "cr3",
          "arw",
          "rw2",
          "raf",
          "orf",
          "gpr",
          "3fr",
          "fff",
        ],
      },
      {
        id: "excalidraw",
        type: "builtin",
        icon: "/static/img/viewers/excalidraw.svg",
        display_name: "Excalidraw",
        exts: ["excalidraw"],
        templates: [{ ext: "excalidraw", display_name: "Excalidraw" }],
      },
    ],
  },
  {
    viewers: [
      {
        id: "standin-office",
        type: "wopi",
        display_name: "Stand-in Office",
        exts: ["odt", "ods", "odp"],
        templates: [{ ext: "odt", display_name: "Document" }],
        wopi_actions: {
          odt: { view: `${WOPI_HOST_PATH}/view?WOPISrc={$src}`, edit: `${WOPI_HOST_PATH}/edit?WOPISrc={$src}` },
          ods: { view: `${WOPI_HOST_PATH}/view?WOPISrc={$src}`, edit: `${WOPI_HOST_PATH}/edit?WOPISrc={$src}` },
          odp: { view: `${WOPI_HOST_PATH}/view?WOPISrc={$src}` },
        },
      },
      {
        id: "standin-inspector",
        type: "custom",
        display_name: "Stand-in Inspector",
        url: `${CUSTOM_VIEWER_PATH}?src={$src}&src_raw={$src_raw}&src_raw_base64={$src_raw_base64}&name={$name}&version={$version}&id={$id}&user_id={$user_id}&user_display_name={$user_display_name}&theme={$theme}&dark={$dark}`,
        exts: ["csv", "tsv"],
      },
    ],
  },
];

export const EMOJI_PRESET = JSON.stringify({
  "😀": ["😀", "😃", "😄", "😁", "😆", "😅", "🤣", "😂", "🙂", "😉", "😊", "😇", "🥰", "😍", "🤩", "😘"],
  "🐱": ["🐱", "🐶", "🐭", "🐹", "🐰", "🦊", "🐻", "🐼", "🐨", "🐯", "🦁", "🐮", "🐷", "🐸", "🐵", "🐔"],
  "📁": ["📁", "📂", "📄", "📝", "📌", "📎", "🔖", "⭐", "❤️", "✅", "⚠️", "🔒", "🎵", "🎬", "📷", "💼"],
});
