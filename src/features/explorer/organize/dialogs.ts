// The organize dialogs (tags, icon and colour), each a lazy chunk opened through a promise.
import type { FileResponse } from "../../../api/queries/files";
import { defineDialog } from "../../../shared/dialogs/host";

export interface TagsDialogProps {
  files: FileResponse[];
}

export interface CustomizeDialogProps {
  file: FileResponse;
}

export const organizeDialogs = {
  tags: defineDialog<TagsDialogProps, boolean>(() => import("./TagsDialog")),
  customize: defineDialog<CustomizeDialogProps, boolean>(() => import("./CustomizeDialog")),
};
