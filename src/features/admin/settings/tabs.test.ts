import { describe, expect, it } from "vitest";
import { loadTexts } from "../../../i18n/localeFiles";
import { TABS } from "./tabs";
import { fieldProblem, formProblems, changedKeys } from "./validate";
import type { FieldSpec } from "./types";

const en = loadTexts("en-US", "admin");
const has = (key: string) => en.has(key) || en.has(`${key}_other`);

// Every setting the dashboard shows is labelled and explained: a missing text would show its raw key.
describe("settings tabs", () => {
  it("name every tab, section, field and option", () => {
    const missing: string[] = [];
    const need = (k: string) => void (has(k) || missing.push(k));
    for (const tab of TABS) {
      need(`settings.tab.${tab.id}`);
      for (const s of tab.sections) {
        need(`settings.section.${s.textKey ?? s.id}.title`);
        need(`settings.section.${s.textKey ?? s.id}.help`);
        for (const f of s.fields) {
          const k = f.textKey ?? f.key;
          need(`settings.field.${k}.label`);
          need(`settings.field.${k}.help`);
          for (const o of f.options ?? []) need(`settings.option.${k}.${o}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("list each setting once", () => {
    const keys = TABS.flatMap((t) => t.sections.flatMap((s) => s.fields.map((f) => f.key)));
    expect(keys.length).toBe(new Set(keys).size);
  });
});

describe("setting checks", () => {
  const f = (spec: Partial<FieldSpec>): FieldSpec => ({ key: "k", kind: "text", ...spec });
  it("refuse what the server would silently replace with a default", () => {
    expect(fieldProblem(f({ kind: "int" }), "12a")).toBe("whole");
    expect(fieldProblem(f({ kind: "int", min: 1 }), "0")).toBe("min");
    expect(fieldProblem(f({ kind: "int", max: 10 }), "11")).toBe("max");
    expect(fieldProblem(f({ kind: "int" }), "")).toBe("required");
    expect(fieldProblem(f({ kind: "cron" }), "@every 30m")).toBe("");
    expect(fieldProblem(f({ kind: "cron" }), "sometimes")).toBe("cron");
    expect(fieldProblem(f({ kind: "urls" }), "https://a.example,ftp://b")).toBe("urls");
    expect(fieldProblem(f({ kind: "url", optional: true }), "")).toBe("");
    expect(fieldProblem(f({ kind: "json", json: "stringMap" }), '{".txt": 1}')).toBe("stringMap");
    expect(fieldProblem(f({ kind: "custom", json: "array" }), "{}")).toBe("jsonArray");
    expect(fieldProblem(f({ kind: "color" }), "#12345")).toBe("color");
  });

  it("skip fields that are hidden or that the server does not have", () => {
    const fields = [f({ key: "a", kind: "int", when: () => false }), f({ key: "b", kind: "int" })];
    expect(formProblems(fields, { a: "x" })).toEqual({});
    expect(formProblems(fields, { b: "x" })).toEqual({ b: "whole" });
  });

  it("send only what changed", () => {
    expect(changedKeys({ a: "1", b: "2" }, { a: "1", b: "3" })).toEqual(["b"]);
  });
});
