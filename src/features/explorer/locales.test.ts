import { describe, expect, it } from "vitest";
import en from "../../../public/locales/en-US/explorer.json";
import zh from "../../../public/locales/zh-CN/explorer.json";
import { ACTIONS, MENU_GROUPS } from "./actions/registry";
import { METADATA_COLUMNS } from "./listing/viewSettings";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
const keys = (tree: Tree) => leaves(tree).map(([k]) => k);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** A key as used in code: plural forms collapse to their base. */
const base = (k: string) => k.replace(/_(one|other)$/, "");

async function sources(): Promise<string> {
  const { readdir, readFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  let all = "";
  for (const e of await readdir("src/features/explorer", { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.tsx?$/.test(e.name) && !e.name.includes(".test.")) all += await readFile(join(e.parentPath, e.name), "utf8");
  }
  return all;
}

describe("explorer namespace", () => {
  it("has identical key sets in en-US and zh-CN", () => {
    expect(keys(zh as Tree).sort()).toEqual(keys(en as Tree).sort());
  });

  it("has no empty texts and the same placeholders in both languages", () => {
    const zhText = new Map(leaves(zh as Tree));
    for (const [key, text] of leaves(en as Tree)) {
      expect(text.trim(), key).not.toBe("");
      expect(zhText.get(key)?.trim(), key).not.toBe("");
      expect(placeholders(zhText.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it("has every literal key the code uses", async () => {
    const known = new Set(keys(en as Tree).map(base));
    const code = await sources();
    const used = [...code.matchAll(/\bt\("(?:explorer:)?([\w.]+)"/g)].map((m) => m[1]!).filter((k) => k.includes("."));
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used.filter((k) => !known.has(k)))]).toEqual([]);
  });

  it("has the keys built at run time", () => {
    const known = new Set(keys(en as Tree).map(base));
    const need = [
      ...ACTIONS.map((a) => a.labelKey),
      ...MENU_GROUPS.map((g) => `groups.${g}`),
      ...Object.keys(METADATA_COLUMNS).map((c) => `columns.c${c}`),
      ...["my", "share", "trash", "shared_with_me"].map((f) => `roots.${f}`),
      ...["nameEmpty", "nameTooLong", "nameIllegalChar", "nameReserved"].map((n) => `names.${n}`),
      ...["newFolder", "newFile", "rename"].map((n) => `nameDialog.${n}`),
      ...["name", "size", "updated_at", "created_at"].flatMap((o) => [`sort.${o}_asc`, `sort.${o}_desc`]),
      ...["first", "last", "next", "previous"].map((p) => `pager.${p}`),
      ...["folder", "image", "video", "audio", "pdf", "document", "spreadsheet", "presentation", "archive", "code", "file"].map((k) => `kinds.${k}`),
      ...["move", "firstLast", "page", "extend", "toggle", "typeahead"].map((k) => `help.${k}`),
    ];
    expect(need.filter((k) => !known.has(k))).toEqual([]);
  });
});
