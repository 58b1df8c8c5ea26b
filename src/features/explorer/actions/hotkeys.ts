// Hotkey specs such as "Mod+A", "Alt+N", "Shift+Delete", "?" — declared once per action and used
// for matching, for the menus' hints and for the help dialog.
//  - "Mod" is ⌘ on Apple platforms and Ctrl elsewhere.
//  - Letters and digits match the physical key (event.code), so Alt/Option+N works on macOS where
//    Option changes the produced character; other keys match event.key.

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export const isApple = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad|iPod/i.test(navigator.platform || navigator.userAgent);

interface Parsed {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

function parse(spec: string): Parsed {
  const parts = spec === "+" ? ["+"] : spec.split("+");
  const key = parts.pop()!;
  return { mod: parts.includes("Mod"), alt: parts.includes("Alt"), shift: parts.includes("Shift"), key };
}

/** Whether the event is exactly this hotkey (no extra modifiers). */
export function matchHotkey(e: KeyLike, spec: string, apple = isApple()): boolean {
  const p = parse(spec);
  const mod = apple ? e.metaKey : e.ctrlKey;
  const otherMod = apple ? e.ctrlKey : e.metaKey;
  if (mod !== p.mod || otherMod || e.altKey !== p.alt) return false;
  if (/^[A-Z0-9]$/.test(p.key)) {
    if (e.shiftKey !== p.shift) return false;
    const code = p.key >= "0" && p.key <= "9" ? `Digit${p.key}` : `Key${p.key}`;
    return e.code ? e.code === code : e.key.toUpperCase() === p.key;
  }
  // Printable symbols ("?", "/") already include Shift in the character; don't demand it twice.
  if (p.key.length === 1) return e.key === p.key;
  return e.shiftKey === p.shift && e.key === p.key;
}

const LABELS: Record<string, [apple: string, other: string]> = {
  Mod: ["⌘", "Ctrl"],
  Alt: ["⌥", "Alt"],
  Shift: ["⇧", "Shift"],
  ArrowUp: ["↑", "↑"],
  ArrowDown: ["↓", "↓"],
  ArrowLeft: ["←", "←"],
  ArrowRight: ["→", "→"],
  Delete: ["⌦", "Del"],
  Backspace: ["⌫", "Backspace"],
  Enter: ["↩", "Enter"],
  Escape: ["Esc", "Esc"],
};

/** Human-readable form, e.g. "Ctrl+A" or "⌘A". */
export function formatHotkey(spec: string, apple = isApple()): string {
  const parts = spec === "+" ? ["+"] : spec.split("+");
  const labels = parts.map((p) => LABELS[p]?.[apple ? 0 : 1] ?? p);
  return labels.join(apple ? "" : "+");
}

/** Hotkeys must not fire while the user types into a field. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const el = target as HTMLElement;
  return el.isContentEditable || Boolean(el.closest("input, textarea, select, [contenteditable='true']"));
}

/**
 * Hides keyboard hints on touch screens, where there is no keyboard to press them on (a tablet
 * with a keyboard attached reports a fine pointer once a mouse or trackpad is there too).
 */
export const hideOnTouch = { "@media (pointer: coarse)": { display: "none" } } as const;

/**
 * The help dialog's rows: each action with the keys it is the first choice of, so each key is
 * listed once (a fallback such as Delete in the trash is explained by the action's own label).
 */
export function helpRows<A extends { id: string }>(
  actions: readonly A[],
  keymap: readonly { keys: readonly string[]; actions: readonly string[] }[],
): { action: A; keys: string[] }[] {
  return actions.flatMap((action) => {
    const keys = keymap.filter((b) => b.actions[0] === action.id).flatMap((b) => b.keys);
    return keys.length ? [{ action, keys }] : [];
  });
}
