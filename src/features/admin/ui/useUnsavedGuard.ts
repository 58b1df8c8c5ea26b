import { useCallback, useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { adminDialogs } from "./dialogs";

/**
 * Keeps unsaved changes from being lost: the browser asks before the tab is closed or reloaded, and
 * following any link inside the app first asks whether to discard them. (The app uses declarative
 * routes, where react-router offers no navigation blocker, so links are intercepted here.)
 */
export function useUnsavedGuard(dirty: boolean) {
  const { t } = useTranslation("admin");
  const navigate = useNavigate();
  const latest = useRef({ dirty, t, navigate });
  useEffect(() => {
    latest.current = { dirty, t, navigate };
  });

  /** For in-page moves the guard cannot see (switching a settings tab): resolves true to go ahead. */
  const confirmLeave = useCallback(async () => {
    if (!latest.current.dirty) return true;
    const { t: tr } = latest.current;
    const answer = await adminDialogs.confirm({ title: tr("unsaved.title"), body: tr("unsaved.body"), confirmLabel: tr("unsaved.discard"), danger: true });
    return answer === "confirm";
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    const click = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!(a instanceof HTMLAnchorElement) || a.target === "_blank" || a.hasAttribute("download")) return;
      const url = new URL(a.href, location.href);
      if (url.origin !== location.origin) return;
      if (url.pathname === location.pathname && url.search === location.search) return;
      e.preventDefault();
      e.stopPropagation();
      void confirmLeave().then((leave) => leave && latest.current.navigate(url.pathname + url.search + url.hash));
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty, confirmLeave]);

  return { confirmLeave };
}
