import { useEffect, useLayoutEffect, useRef } from "react";
import { ACTIONS } from "./registry";
import { isEditableTarget, matchHotkey } from "./hotkeys";
import type { ActionState } from "./types";

/**
 * Keyboard shortcuts straight from the registry: the first action whose hotkey matches AND which
 * is enabled runs — so a key can never do what the menus would not offer (a read-only visitor
 * pressing Delete gets nothing).
 */
export function useHotkeys(state: ActionState, run: (id: string) => void) {
  const latest = useRef({ state, run });
  useLayoutEffect(() => {
    latest.current = { state, run };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target as HTMLElement | null;
      if (isEditableTarget(target)) return;
      // Dialogs, menus and popovers own their keys.
      if (target?.closest?.("[role=dialog], [role=alertdialog], [role=menu], .MuiPopover-root, .MuiDrawer-modal")) return;
      const inView = Boolean(target?.closest?.("[data-explorer-view]")) || target === document.body;
      const { state: s, run: go } = latest.current;
      for (const a of ACTIONS) {
        if (!a.hotkeys?.some((h) => matchHotkey(e, h))) continue;
        if (a.hotkeyScope === "view" && !inView) continue;
        if (!a.isEnabled(s)) continue;
        e.preventDefault();
        go(a.id);
        return;
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
