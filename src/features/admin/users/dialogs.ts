import type { AdminGroup, AdminUser } from "../../../api/queries/admin";
import type { UserUpsert } from "../../../api/queries/adminMutations";
import { defineDialog } from "../../../shared/dialogs/host";

export interface UserDialogProps {
  /** The user to edit; a new one when absent. */
  user?: AdminUser;
  groups: AdminGroup[];
  defaultGroup?: number;
  /** Sends the form; a rejection is shown in the dialog, which then stays open. */
  save: (body: UserUpsert) => Promise<AdminUser>;
}

export const userDialogs = {
  edit: defineDialog<UserDialogProps, AdminUser>(() => import("./UserDialog")),
};
