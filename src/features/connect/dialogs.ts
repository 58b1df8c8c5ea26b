// The connect page's dialogs, each a lazy chunk opened through a promise (see the explorer's
// dialog host, which the page mounts).
import type { DavAccount, DavAccountRequest } from "../../api/queries/dav";
import { defineDialog } from "../../shared/dialogs/host";

export interface AccountDialogProps {
  /** The account to edit; a new one when absent. */
  account?: DavAccount | undefined;
  /** The group may turn on proxying (group permission bit 6). */
  canProxy: boolean;
  /** Sends the form; a rejection is shown in the dialog, which then stays open. */
  save: (body: DavAccountRequest) => Promise<DavAccount>;
}

export interface ConnectionInfoProps {
  account: DavAccount;
  server: string;
  userName: string;
  /** Just created: say so above the details. */
  created?: boolean;
}

export const connectDialogs = {
  /** Resolves with the saved account; undefined when cancelled. */
  account: defineDialog<AccountDialogProps, DavAccount>(() => import("./AccountDialog")),
  info: defineDialog<ConnectionInfoProps, void>(() => import("./ConnectionInfoDialog")),
  /** Resolves true once the user confirmed. */
  confirmDelete: defineDialog<{ name: string }, boolean>(() => import("./DeleteAccountDialog")),
};
