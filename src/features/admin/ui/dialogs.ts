// The dashboard's shared dialogs, each a lazy chunk opened through a promise (the admin frame
// mounts the dialog host).
import { defineDialog } from "../../../shared/dialogs/host";

export interface ConfirmProps {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  /** A second, milder way out (for example "ban instead" beside "delete"). */
  alternative?: string;
}

export interface Failure {
  name: string;
  reason: string;
}

export interface ReportProps {
  title: string;
  done: number;
  failures: Failure[];
}

export const adminDialogs = {
  /** Resolves "confirm", "alternative" or undefined (cancelled). */
  confirm: defineDialog<ConfirmProps, "confirm" | "alternative">(() => import("./ConfirmDialog")),
  /** Lists what a batch could not do, one line per item with the server's reason. */
  report: defineDialog<ReportProps, void>(() => import("./ReportDialog")),
};
