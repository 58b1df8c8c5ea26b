import { describe, expect, it } from "vitest";
import en from "../../../public/locales/en-US/shares.json";
import zh from "../../../public/locales/zh-CN/shares.json";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
const keys = (tree: Tree) => leaves(tree).map(([k]) => k);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const base = (k: string) => k.replace(/_(one|other)$/, "");

async function sources(): Promise<string> {
  const { readdir, readFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  let all = "";
  for (const dir of ["src/features/shares", "src/features/profile"]) {
    for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
      if (e.isFile() && /\.tsx?$/.test(e.name) && !e.name.includes(".test.")) all += await readFile(join(e.parentPath, e.name), "utf8");
    }
  }
  return all;
}

describe("shares namespace", () => {
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

  it("has every literal key the code uses, and the keys built at run time", async () => {
    const known = new Set(keys(en as Tree).map(base));
    const code = await sources();
    const used = [...code.matchAll(/\bt\("([\w.]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(40);
    const built = [
      ...["hour", "day", "week", "month", "custom"].map((p) => `expiry.${p}`),
      ...["created_desc", "created_asc", "views_desc", "downloads_desc", "remain_downloads_asc"].map((s) => `sort.${s}`),
    ];
    expect([...new Set([...used, ...built].filter((k) => !known.has(k)))]).toEqual([]);
  });
});
