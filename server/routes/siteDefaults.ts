/** Install defaults of the explorer and emoji settings (contract §12.3, §12.4), trimmed to what the stand-in serves. */

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
  templates?: { ext: string; display_name: string }[];
}

// Only builtin viewers: custom/WOPI ones point at online services that tests cannot reach.
export const FILE_VIEWERS: { viewers: Viewer[] }[] = [
  {
    viewers: [
      { id: "music", type: "builtin", display_name: "fileManager.musicPlayer", exts: ["mp3", "ogg", "wav", "flac", "m4a"] },
      { id: "pdf", type: "builtin", display_name: "fileManager.pdfViewer", exts: ["pdf"] },
      {
        id: "video",
        type: "builtin",
        icon: "/static/img/viewers/artplayer.png",
        display_name: "Artplayer",
        exts: ["mp4", "mkv", "webm", "avi", "mov", "m3u8", "flv"],
      },
      {
        id: "markdown",
        type: "builtin",
        display_name: "fileManager.markdownEditor",
        exts: ["md"],
        templates: [{ ext: "md", display_name: "Markdown" }],
      },
      { id: "image", type: "builtin", display_name: "fileManager.imageViewer", exts: ["bmp", "png", "gif", "jpg", "jpeg", "svg", "webp", "heic", "heif"] },
      {
        id: "monaco",
        type: "builtin",
        icon: "/static/img/viewers/monaco.svg",
        display_name: "fileManager.monacoEditor",
        exts: ["md", "txt", "json", "php", "py", "bat", "c", "h", "cpp", "hpp", "cs", "css", "dockerfile", "go", "html", "htm", "ini", "java", "js", "jsx", "less", "lua", "sh", "sql", "xml", "yaml"],
        templates: [{ ext: "txt", display_name: "fileManager.text" }],
      },
    ],
  },
];

export const EMOJI_PRESET = JSON.stringify({
  "😀": ["😀", "😃", "😄", "😁", "😆", "😅", "🤣", "😂", "🙂", "😉", "😊", "😇", "🥰", "😍", "🤩", "😘"],
  "🐱": ["🐱", "🐶", "🐭", "🐹", "🐰", "🦊", "🐻", "🐼", "🐨", "🐯", "🦁", "🐮", "🐷", "🐸", "🐵", "🐔"],
  "📁": ["📁", "📂", "📄", "📝", "📌", "📎", "🔖", "⭐", "❤️", "✅", "⚠️", "🔒", "🎵", "🎬", "📷", "💼"],
});
