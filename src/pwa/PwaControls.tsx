import { lazy, Suspense, useEffect, useSyncExternalStore } from "react";
import { useToast } from "../shared/toast";
import { pwaStore } from "./store";

// Loads only when the browser offers installation: most page loads never need it.
const InstallButton = lazy(() => import("./InstallButton"));

/**
 * Mounted in the app bar: an "Install app" button while the browser offers installation, and the
 * app's toast handed to the worker registration (register.ts), which says "New version available
 * — Reload" with it. Everything else loads later, so the first load carries only this.
 */
export function PwaControls() {
  const { install } = useSyncExternalStore(pwaStore.subscribe, pwaStore.get);
  const toast = useToast();
  useEffect(() => {
    pwaStore.set({ notify: toast });
    return () => pwaStore.set({ notify: null });
  }, [toast]);
  return install ? (
    <Suspense fallback={null}>
      <InstallButton offer={install} />
    </Suspense>
  ) : null;
}
