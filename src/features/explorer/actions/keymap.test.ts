import { describe, expect, it } from "vitest";
import { hintOf, keysOf, KEYMAP } from "./keymap";
import { actionById } from "./registry";

describe("keymap", () => {
  it("binds every key once", () => {
    const keys = KEYMAP.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it("names only actions of the registry", () => {
    for (const b of KEYMAP) for (const id of b.actions) expect(actionById(id), id).toBeDefined();
  });
  it("makes Delete move to the trash first and delete for good where that is not possible", () => {
    const del = KEYMAP.filter((b) => b.keys.includes("Delete"));
    expect(del).toHaveLength(1);
    expect(del[0]!.actions).toEqual(["trash", "deleteForever"]);
  });
  it("hints an action's own key before a key it is only the fallback of", () => {
    expect(keysOf("deleteForever")).toEqual(["Shift+Delete", "Delete"]);
    expect(hintOf("deleteForever")).toMatch(/Shift|⇧/);
    expect(hintOf("download")).toBeUndefined();
  });
});
