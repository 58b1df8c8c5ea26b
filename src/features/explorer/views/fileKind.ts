// File kinds by extension: for icons, for the "Type" column and to decide which files are worth
// asking a thumbnail for.

export type FileKind = "folder" | "image" | "video" | "audio" | "pdf" | "document" | "spreadsheet" | "presentation" | "archive" | "code" | "file";

const KINDS: [FileKind, string][] = [
  ["image", "jpg jpeg png gif bmp webp heic heif tif tiff avif svg ico psd raw cr2 nef arw dng"],
  ["video", "mp4 mkv mov avi webm flv m4v 3gp ts wmv mpg mpeg"],
  ["audio", "mp3 flac m4a ogg wav aac wma opus ape"],
  ["pdf", "pdf"],
  ["document", "doc docx odt rtf txt md epub pages"],
  ["spreadsheet", "xls xlsx ods csv numbers"],
  ["presentation", "ppt pptx odp key"],
  ["archive", "zip rar 7z tar gz bz2 xz tgz zst"],
  ["code", "js ts tsx jsx json html css go py java c cpp h rs sh yml yaml xml sql php rb kt swift"],
];
const BY_EXT = new Map<string, FileKind>(KINDS.flatMap(([kind, exts]) => exts.split(" ").map((e) => [e, kind] as [string, FileKind])));

export const kindOf = (ext: string): FileKind => BY_EXT.get(ext) ?? "file";

/**
 * Kinds a Cloudreve server can make thumbnails of with its built-in and usual generators (images,
 * ffmpeg for video, music covers, LibreOffice/pdf). Asking for other files only earns 40077, so
 * they are not asked, which keeps a 10,000-text-file folder from sending a request per row.
 */
const THUMB_KINDS: ReadonlySet<FileKind> = new Set(["image", "video", "audio", "pdf", "document", "spreadsheet", "presentation"]);
export const mayHaveThumb = (ext: string) => THUMB_KINDS.has(kindOf(ext)) && ext !== "txt" && ext !== "md";
