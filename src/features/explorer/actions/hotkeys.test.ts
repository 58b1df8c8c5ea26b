import { describe, expect, it } from "vitest";
import { formatHotkey, helpRows, matchHotkey } from "./hotkeys";
import { KEYMAP } from "./keymap";
import { ACTIONS } from "./registry";

const ev = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; code: string }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("hotkeys", () => {
  it("maps Mod to Ctrl or ⌘", () => {
    expect(matchHotkey(ev("a", { ctrlKey: true, code: "KeyA" }), "Mod+A", false)).toBe(true);
    expect(matchHotkey(ev("a", { metaKey: true, code: "KeyA" }), "Mod+A", false)).toBe(false);
    expect(matchHotkey(ev("a", { metaKey: true, code: "KeyA" }), "Mod+A", true)).toBe(true);
  });
  it("matches letters by physical key so Option+N works on a Mac", () => {
    expect(matchHotkey(ev("˜", { altKey: true, code: "KeyN" }), "Alt+N", true)).toBe(true);
    expect(matchHotkey(ev("N", { altKey: true, shiftKey: true, code: "KeyN" }), "Alt+N", false)).toBe(false);
    expect(matchHotkey(ev("N", { altKey: true, shiftKey: true, code: "KeyN" }), "Alt+Shift+N", false)).toBe(true);
  });
  it("matches named keys and symbols exactly", () => {
    expect(matchHotkey(ev("Delete"), "Delete", false)).toBe(true);
    expect(matchHotkey(ev("Delete", { shiftKey: true }), "Delete", false)).toBe(false);
    expect(matchHotkey(ev("Delete", { shiftKey: true }), "Shift+Delete", false)).toBe(true);
    expect(matchHotkey(ev("?", { shiftKey: true }), "?", false)).toBe(true);
    expect(matchHotkey(ev("F2"), "F2", false)).toBe(true);
    expect(matchHotkey(ev("F2", { ctrlKey: true }), "F2", false)).toBe(false);
  });
  it("formats for menus", () => {
    expect(formatHotkey("Mod+A", false)).toBe("Ctrl+A");
    expect(formatHotkey("Mod+A", true)).toBe("⌘A");
    expect(formatHotkey("Alt+ArrowUp", false)).toBe("Alt+↑");
  });
});

describe("help rows", () => {
  it("lists each action with the keys it is the first choice of", () => {
    const rows = helpRows(
      [{ id: "trash" }, { id: "deleteForever" }, { id: "none" }],
      [
        { keys: ["Delete"], actions: ["trash", "deleteForever"] },
        { keys: ["Mod+Backspace"], actions: ["trash"] },
        { keys: ["Shift+Delete"], actions: ["deleteForever"] },
      ],
    );
    expect(rows.map((r) => [r.action.id, r.keys])).toEqual([
      ["trash", ["Delete", "Mod+Backspace"]],
      ["deleteForever", ["Shift+Delete"]],
    ]);
  });
  it("shows no key of the keymap twice", () => {
    const keys = helpRows(ACTIONS, KEYMAP).flatMap((r) => r.keys);
    expect(keys.length).toBeGreaterThan(10);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
