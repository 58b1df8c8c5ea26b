// Every keyboard shortcut of the explorer, in one table. Each key is bound once; a binding names
// the actions it tries in order of priority and runs the first one enabled, so a key's meaning is
// written here rather than following from the order of the actions list. A key never does what the
// menus would not offer: an action that is not enabled is skipped (a read-only visitor pressing
// Delete gets nothing).
import { formatHotkey } from "./hotkeys";

export interface KeyBinding {
  /** Hotkey specs (see hotkeys.ts). */
  keys: readonly string[];
  /**
   * "view": only while focus is in the file view (Enter, Backspace, arrows belong to buttons and
   * fields elsewhere); "global": anywhere on the page except text fields.
   */
  scope: "view" | "global";
  /** Action ids, highest priority first. */
  actions: readonly string[];
}

export const KEYMAP: readonly KeyBinding[] = [
  { keys: ["Enter"], scope: "view", actions: ["open"] },
  { keys: ["Shift+Enter"], scope: "view", actions: ["openWith"] },
  { keys: ["Alt+N"], scope: "global", actions: ["newFolder"] },
  { keys: ["Alt+Shift+N"], scope: "global", actions: ["newFile"] },
  { keys: ["F2"], scope: "view", actions: ["rename"] },
  { keys: ["Alt+M"], scope: "global", actions: ["move"] },
  { keys: ["Alt+C"], scope: "global", actions: ["copy"] },
  // Delete moves to the trash; in the trash (where nothing moves to the trash) it deletes for good.
  { keys: ["Delete"], scope: "view", actions: ["trash", "deleteForever"] },
  { keys: ["Mod+Backspace"], scope: "view", actions: ["trash"] },
  { keys: ["Shift+Delete"], scope: "view", actions: ["deleteForever"] },
  { keys: ["Alt+Enter"], scope: "global", actions: ["info"] },
  { keys: ["Backspace", "Alt+ArrowUp"], scope: "view", actions: ["goParent"] },
  { keys: ["Alt+R"], scope: "global", actions: ["refresh"] },
  { keys: ["Mod+A"], scope: "global", actions: ["selectAll"] },
  { keys: ["Escape"], scope: "global", actions: ["selectNone"] },
  { keys: ["Alt+I"], scope: "global", actions: ["invertSelection"] },
  { keys: ["Mod+Z"], scope: "global", actions: ["undo"] },
  { keys: ["/"], scope: "global", actions: ["search"] },
  { keys: ["Shift+F10", "ContextMenu"], scope: "view", actions: ["contextMenu"] },
  { keys: ["Mod+K"], scope: "global", actions: ["palette"] },
  { keys: ["?"], scope: "global", actions: ["help"] },
];

/** Keys of an action: those where it comes first, then those where it is a fallback. */
export function keysOf(id: string): string[] {
  const primary = KEYMAP.filter((b) => b.actions[0] === id).flatMap((b) => b.keys);
  const fallback = KEYMAP.filter((b) => b.actions.indexOf(id) > 0).flatMap((b) => b.keys);
  return [...primary, ...fallback];
}

/** The key shown beside an action in menus, the toolbar's tooltips and the palette. */
export function hintOf(id: string): string | undefined {
  const key = keysOf(id)[0];
  return key === undefined ? undefined : formatHotkey(key);
}
