import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useToast } from "../../shared/toast";
import { useDescribeError } from "../../shared/form";

/** The two toasts every setting uses: "saved" and the server's reason when it was not. */
export function useSaved() {
  const { t } = useTranslation("settings");
  const toast = useToast();
  const describe = useDescribeError();
  return {
    saved: useCallback((message?: string) => toast({ message: message ?? t("saved"), severity: "success" }), [toast, t]),
    failed: useCallback((e: unknown) => toast({ message: describe(e), severity: "error" }), [toast, describe]),
  };
}
