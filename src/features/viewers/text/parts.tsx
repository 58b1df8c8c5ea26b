import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "@mui/material";

/** Ctrl/⌘+S anywhere in an editor's frame saves instead of the browser's "save page". */
export function saveKey(e: KeyboardEvent, save: () => Promise<void> | void) {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
    e.preventDefault();
    void save();
  }
}

export type ReadOnlyReason = "permission" | "version" | "large" | "tooLarge" | undefined;

/** Why the text cannot be edited here (or not shown at all). */
export function ReadOnlyNotice({ reason, show = true }: { reason: ReadOnlyReason; show?: boolean }) {
  const { t } = useTranslation("viewers");
  if (!reason || !show) return null;
  return (
    <Alert severity={reason === "tooLarge" ? "warning" : "info"} sx={{ borderRadius: 0, py: 0 }}>
      {t(`readOnly.${reason}`)}
    </Alert>
  );
}
