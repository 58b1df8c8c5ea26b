// The share dialog's form as plain data: its starting values, what is wrong with it and the request
// it makes, so the rules read (and are tested) apart from the fields that show them.
import type { Share, ShareRequest } from "../../api/queries/shares";
import { PASSWORD_RE, expirySeconds, toLocalInput, type ExpiryChoice } from "./expiry";

export interface ShareForm {
  isPrivate: boolean;
  /** The user types the password instead of letting the server pick one (new links only). */
  customPassword: boolean;
  password: string;
  expires: boolean;
  expiry: ExpiryChoice;
  /** `datetime-local` value, used when `expiry` is "custom". */
  customDate: string;
  limited: boolean;
  /** As typed: validated before it becomes a number. */
  downloads: string;
  shareView: boolean;
  /** The landing shows the folder's README (newer servers only; older ones always show it). */
  showReadme: boolean;
}

/** The form for a new link, or filled from the link being edited; `openedAt` is when the dialog opened. */
export function initialShareForm(existing: Share | undefined, openedAt: number): ShareForm {
  return {
    isPrivate: existing ? Boolean(existing.is_private || existing.password) : false,
    customPassword: false,
    password: "",
    expires: Boolean(existing?.expires),
    expiry: existing?.expires ? "custom" : "day",
    customDate: toLocalInput(existing?.expires ? new Date(existing.expires) : new Date(openedAt + 86_400_000)),
    limited: existing?.remain_downloads !== undefined,
    downloads: String(existing?.remain_downloads ?? 1),
    shareView: Boolean(existing?.share_view),
    showReadme: Boolean(existing?.show_readme),
  };
}

/** Text keys (namespace "shares") of what stops the form from being sent, by field. */
export interface ShareFormProblems {
  password?: "dialog.passwordRule";
  date?: "dialog.dateInPast";
  downloads?: "dialog.downloadsRule";
}

/** What is wrong with the form; `editing` keeps the link's password, so it is not checked then. */
export function shareFormProblems(f: ShareForm, editing: boolean, now: number): ShareFormProblems {
  const problems: ShareFormProblems = {};
  if (!editing && f.isPrivate && f.customPassword && !PASSWORD_RE.test(f.password)) problems.password = "dialog.passwordRule";
  if (f.expires && f.expiry === "custom" && expirySeconds(f.expiry, f.customDate, now) <= 0) problems.date = "dialog.dateInPast";
  if (f.limited && !(Number.parseInt(f.downloads, 10) > 0)) problems.downloads = "dialog.downloadsRule";
  return problems;
}

/**
 * The create/edit request for a form without problems, with the expiry counted from `now`.
 * `readmeOption`: the server has the "Show README" setting (lib/serverVersion.ts); the field goes to no
 * other server, and only for folders, where an edit without it would turn it off.
 */
export function shareRequest(f: ShareForm, target: { uri: string; isFolder: boolean }, editing: boolean, now: number, readmeOption = false): ShareRequest {
  return {
    uri: target.uri,
    is_private: f.isPrivate,
    ...(f.isPrivate && f.customPassword && !editing ? { password: f.password } : {}),
    downloads: f.limited ? Number.parseInt(f.downloads, 10) : 0,
    expire: f.expires ? expirySeconds(f.expiry, f.customDate, now) : 0,
    share_view: target.isFolder && f.shareView,
    ...(readmeOption && target.isFolder ? { show_readme: f.showReadme } : {}),
  };
}
