// The transfers texts exist in every language with the same keys and the same placeholders, so no
// language shows a raw key or loses a number.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../../../public/locales");
const load = (lng: string) => JSON.parse(readFileSync(join(root, lng, "transfers.json"), "utf8")) as Record<string, unknown>;

function flatten(obj: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object") for (const [kk, vv] of flatten(v as Record<string, unknown>, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("transfers locale files", () => {
  const languages = readdirSync(root).filter((l) => {
    try {
      load(l);
      return true;
    } catch {
      return false;
    }
  });
  const en = flatten(load("en-US"));

  it("exist for en-US and zh-CN", () => {
    expect(languages).toEqual(expect.arrayContaining(["en-US", "zh-CN"]));
  });

  for (const lng of languages.filter((l) => l !== "en-US")) {
    it(`${lng} has exactly the keys of en-US, each with the same placeholders and a text`, () => {
      const other = flatten(load(lng));
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(other.get(key)?.trim(), key).toBeTruthy();
        expect(placeholders(other.get(key)!), key).toEqual(placeholders(text));
      }
    });
  }

  it("has every key the code asks for", () => {
    const src = join(__dirname);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (/\.tsx?$/.test(e.name) && !e.name.includes(".test.")) files.push(join(dir, e.name));
      }
    };
    walk(src);
    const plural = (k: string) => [...en.keys()].some((x) => x === `${k}_one` || x === `${k}_other`);
    const missing: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, "utf8").matchAll(/\bt\(\s*["`]([a-zA-Z.]+)["`]/g)) {
        const key = m[1]!;
        if (!en.has(key) && !plural(key)) missing.push(`${key} (${f.split("/").pop()})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
