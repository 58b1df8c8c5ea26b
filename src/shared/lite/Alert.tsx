import type { ReactNode } from "react";

export type LiteSeverity = "success" | "info" | "warning" | "error";

/** A message box in MUI's standard alert colours. */
export function LiteAlert({ severity = "error", role, action, children }: { severity?: LiteSeverity; role?: string; action?: ReactNode; children: ReactNode }) {
  return (
    <div className="lt-alert" data-severity={severity} role={role}>
      <span>{children}</span>
      {action}
    </div>
  );
}
