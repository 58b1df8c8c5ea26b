// When files may be compressed into an archive or extracted from one (docs/server-behaviour.md,
// "Capabilities and permissions" and "Background tasks"). Plain functions of the data the explorer already has, so its action registry can use them.
import { GroupPerm, NavCap, hasGroupPerm, hasNavCap } from "../../lib/capabilities";
import { tryParseUri } from "../../lib/uri";

/** What the gates read of a selected item: a FileResponse fits. */
export interface GateFile {
  name: string;
  /** 0 file, 1 folder. */
  type: number;
  /** The item's file-system capability set; the listed folder's is used when absent. */
  capability?: string | null | undefined;
}

export interface GateInput {
  /** The current user's group permission boolset (the anonymous group's for visitors). */
  groupPermission: string | null | undefined;
  files: readonly GateFile[];
  /** `props.capability` of the listed folder. */
  folderCapability?: string | null | undefined;
}

// The server reads every source with the download capability (compress: each item; extract: the
// archive), so nothing that cannot be downloaded can go into or come out of an archive.
const readable = (f: GateFile, folderCapability: string | null | undefined) => hasNavCap(f.capability ?? folderCapability, NavCap.DownloadFile);

/** One or more readable items, and the group may run archive tasks (bit 5). */
export function canCreateArchive({ groupPermission, files, folderCapability }: GateInput): boolean {
  return hasGroupPerm(groupPermission, GroupPerm.ArchiveTask) && files.length > 0 && files.every((f) => readable(f, folderCapability));
}

/** Exactly one readable file whose name the server's archive library recognises, with bit 5. */
export function canExtractArchive({ groupPermission, files, folderCapability }: GateInput): boolean {
  if (!hasGroupPerm(groupPermission, GroupPerm.ArchiveTask) || files.length !== 1) return false;
  const [file] = files;
  return file!.type === 0 && readable(file!, folderCapability) && isExtractableName(file!.name);
}

// The community server's archive library extracts zip, rar and tar, the latter also compressed
// (gz, bz2, xz, zst, lz4, sz, br). A lone compressed file (.gz without tar) and 7z are not
// extractors there: such a task would only fail.
const TAR_COMPRESSED = /\.(tgz|tbz2?|txz|tar\.(gz|bz2|xz|zst|lz4|sz|br))$/;
const ARCHIVE = /\.(zip|rar|tar)$/;

export function isExtractableName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARCHIVE.test(lower) || TAR_COMPRESSED.test(lower);
}

/** Only zip entry names can be in a legacy encoding the server is told about. */
export const isZipName = (name: string) => name.toLowerCase().endsWith(".zip");

/** "report.pdf" → "report.zip"; several items → "archive.zip", the official client's default. */
export function defaultArchiveName(names: readonly string[]): string {
  if (names.length !== 1) return "archive.zip";
  const name = names[0]!;
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${stem || "archive"}.zip`;
}

const MY_ROOT = "cloudreve://my";

/**
 * Where results go unless the user picks another folder: the given folder when it is in My
 * files (the only place the folder picker browses and the server lets one create in), else the
 * root of My files.
 */
export function defaultDestination(folder: string | undefined): string {
  const uri = folder ? tryParseUri(folder) : null;
  return uri?.fs === "my" && !uri.id ? uri.withoutSearch().toString() : MY_ROOT;
}

export type ArchiveNameProblem = "required" | "invalid" | "tooLong";

// The server's name rules: none of these characters, not "." or "..", at most 255 bytes of UTF-8.
const ILLEGAL = /[\\/:*?"<>|]/;

/** Why the server would refuse this as the archive's file name, if it would. */
export function archiveNameProblem(name: string): ArchiveNameProblem | null {
  const trimmed = name.trim();
  if (trimmed === "") return "required";
  if (trimmed === "." || trimmed === ".." || ILLEGAL.test(trimmed)) return "invalid";
  if (new TextEncoder().encode(trimmed).length > 255) return "tooLong";
  return null;
}

/** The group may start remote downloads (bit 9). */
export const canRemoteDownload = (groupPermission: string | null | undefined) => hasGroupPerm(groupPermission, GroupPerm.RemoteDownload);

export const isTorrentName = (name: string) => name.toLowerCase().endsWith(".torrent");

/** One readable .torrent file, and the group may start remote downloads. */
export function canDownloadTorrent({ groupPermission, files, folderCapability }: GateInput): boolean {
  if (!canRemoteDownload(groupPermission) || files.length !== 1) return false;
  const [file] = files;
  return file!.type === 0 && readable(file!, folderCapability) && isTorrentName(file!.name);
}
