import { lazy, Suspense, useEffect, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useToast } from "../app/toast";
import { pwaStore } from "./store";

// Loads only when the browser offers installation: most page loads never need it.
const InstallButton = lazy(() => import("./InstallButton"));

/**
 * Mounted in the app bar: an "Install app" button while the browser offers installation, and the
 * "New version available — Reload" message when a new version is ready. Texts (the pwa namespace)
 * load only when there is something to show.
 */
export function PwaControls() {
  const { install, update } = useSyncExternalStore(pwaStore.subscribe, pwaStore.get);
  const { i18n } = useTranslation();
  const toast = useToast();

  useEffect(() => {
    if (!update) return;
    let live = true;
    void i18n.loadNamespaces("pwa").then(() => {
      if (!live) return;
      toast({
        message: i18n.t("pwa:update.available"),
        severity: "info",
        duration: null,
        action: { label: i18n.t("pwa:update.reload"), run: update },
      });
    });
    return () => {
      live = false;
    };
  }, [update, toast, i18n]);

  return install ? (
    <Suspense fallback={null}>
      <InstallButton offer={install} />
    </Suspense>
  ) : null;
}
