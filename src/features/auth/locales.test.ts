import { describe, expect, it } from "vitest";
import enAuth from "../../../public/locales/en-US/auth.json";
import zhAuth from "../../../public/locales/zh-CN/auth.json";
import enSettings from "../../../public/locales/en-US/settings.json";
import zhSettings from "../../../public/locales/zh-CN/settings.json";

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c", so a key missing in one language shows up by name. */
function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ["auth", enAuth as Tree, zhAuth as Tree],
  ["settings", enSettings as Tree, zhSettings as Tree],
])("%s namespace", (_, en, zh) => {
  it("has the same keys in en-US and zh-CN", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it("has no empty text", () => {
    for (const [key, text] of [...leaves(en), ...leaves(zh)]) expect(text.trim(), key).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    const zhText = new Map(leaves(zh));
    for (const [key, text] of leaves(en)) expect(placeholders(zhText.get(key) ?? ""), key).toEqual(placeholders(text));
  });
});

/** Source files of a feature, without tests. */
async function sources(dir: string): Promise<string[]> {
  const { readdir, readFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.includes(".test.")) continue;
    out.push(await readFile(join(entry.parentPath, entry.name), "utf8"));
  }
  return out;
}

describe("keys used in the code", () => {
  it.each([
    ["auth", "src/features/auth", enAuth as Tree],
    ["settings", "src/features/settings", enSettings as Tree],
  ])("every literal t(\"…\") key of %s exists", async (_, dir, en) => {
    const known = new Set(keys(en));
    const used = (await sources(dir)).flatMap((text) => [...text.matchAll(/\bt\("([\w.]+)"/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });

  it("has the keys built at run time", () => {
    const auth = new Set(keys(enAuth as Tree));
    for (const k of ["required", "email", "tooShort", "tooLong", "mismatch"]) expect(auth.has(`validation.${k}`), k).toBe(true);
    for (const k of ["cancelled", "unknownCredential", "unsupported", "alreadyRegistered", "failed"]) expect(auth.has(`passkey.${k}`), k).toBe(true);
    const settings = new Set(keys(enSettings as Tree));
    for (const k of ["profile", "preference", "security"]) expect(settings.has(`tabs.${k}`), k).toBe(true);
  });
});
