// Building blocks of the enabling rules (docs/server-behaviour.md, "Capabilities and permissions"): a rule
// reads the per-file capability (each FileResponse carries its file system's set), the folder's
// capability, the group's permission bits and ownership.
import { GroupPerm, NavCap, hasGroupPerm, hasNavCap } from "../../../lib/capabilities";
import { isUploading } from "../model/files";
import type { ActionState } from "./types";

type Cap = (typeof NavCap)[keyof typeof NavCap];
type Perm = (typeof GroupPerm)[keyof typeof GroupPerm];

export const some = (s: ActionState) => s.count > 0 && s.targets.length > 0;
export const one = (s: ActionState) => s.count === 1 && s.targets.length === 1;
export const none = (s: ActionState) => s.count === 0;

/** Every target has the capability (files carry their file system's set; fall back to the folder's). */
export const allCap = (s: ActionState, cap: Cap) => some(s) && s.targets.every((f) => hasNavCap(f.capability ?? s.folderCapability, cap));
export const folderCap = (s: ActionState, cap: Cap) => hasNavCap(s.folderCapability, cap);
export const group = (s: ActionState, perm: Perm) => hasGroupPerm(s.groupPermission, perm);
export const isAdmin = (s: ActionState) => group(s, GroupPerm.IsAdmin);
/** Writes need ownership: in a share even the capability set allows nothing to visitors (40082). */
export const allOwned = (s: ActionState) => s.loggedIn && some(s) && s.targets.every((f) => f.owned);
export const allFiles = (s: ActionState) => some(s) && s.targets.every((f) => f.type === 0);
export const onlyFolder = (s: ActionState) => one(s) && s.targets[0]!.type === 1;
export const noneUploading = (s: ActionState) => s.targets.every((f) => !isUploading(f));

/** Creating in the listed folder: capability 0, an owned folder, and not a search result list. */
export const canCreateHere = (s: ActionState) =>
  s.loggedIn && !s.isSearch && !s.singleFileView && s.folderOwned && folderCap(s, NavCap.CreateFile) && folderCap(s, NavCap.LockFile);

/** Move is allowed my → my and trash → my (docs/server-behaviour.md, "Moving, deleting and versions"); it needs locks (bit 15). */
export const canMove = (s: ActionState) => (s.fs === "my" || s.fs === "trash") && allOwned(s) && allCap(s, NavCap.LockFile) && noneUploading(s);

/** Copy only my → my, and it writes new files, so the file system must allow creating. */
export const canCopy = (s: ActionState) => s.fs === "my" && allOwned(s) && allCap(s, NavCap.LockFile) && allCap(s, NavCap.CreateFile) && noneUploading(s);

export const canOpen = (s: ActionState) => {
  if (!one(s)) return false;
  const f = s.targets[0]!;
  const cap = f.capability ?? s.folderCapability;
  return f.type === 1 ? hasNavCap(cap, NavCap.EnterFolder) : hasNavCap(cap, NavCap.DownloadFile) && !isUploading(f);
};

/** Several items (or a folder) download as one zip when the group may (bit 4), else file by file. */
export const canDownload = (s: ActionState) => allCap(s, NavCap.DownloadFile) && noneUploading(s);

/** Files, or folders whose files get links (as many as one request allows, the dialog says when capped). */
export const canDirectLink = (s: ActionState) =>
  s.loggedIn &&
  some(s) &&
  s.directLinkBatch > 0 &&
  allCap(s, NavCap.DownloadFile) &&
  (allOwned(s) || isAdmin(s)) &&
  // Folders only in My files: a share's folders (and shortcuts to shares) are not the user's to walk and link.
  ((allFiles(s) && s.count <= s.directLinkBatch) || (s.fs === "my" && s.targets.some((f) => f.type === 1))) &&
  noneUploading(s);

/** One owned item in My files, not a share shortcut, with the group's share permission (§1.4.9). */
export const canShare = (s: ActionState) =>
  s.fs === "my" &&
  one(s) &&
  allOwned(s) &&
  group(s, GroupPerm.Share) &&
  allCap(s, NavCap.Share) &&
  !s.targets[0]!.metadata?.["sys:shared_redirect"] &&
  noneUploading(s);
