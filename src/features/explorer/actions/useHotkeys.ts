import { useEffect, useLayoutEffect, useRef } from "react";
import { KEYMAP } from "./keymap";
import { actionById } from "./registry";
import { isEditableTarget, matchHotkey } from "./hotkeys";
import type { ActionState } from "./types";

/**
 * Keyboard shortcuts from the keymap: the binding of the pressed key runs its highest-priority
 * action that is enabled — so a key can never do what the menus would not offer (a read-only
 * visitor pressing Delete gets nothing).
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
      const binding = KEYMAP.find((b) => b.keys.some((k) => matchHotkey(e, k)));
      if (!binding || (binding.scope === "view" && !inView)) return;
      const id = binding.actions.find((x) => actionById(x)?.isEnabled(s));
      if (!id) return;
      e.preventDefault();
      go(id);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
