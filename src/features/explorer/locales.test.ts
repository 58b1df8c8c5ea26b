import { describe, expect, it } from "vitest";
import { baseKeys, literalKeys, loadTexts, sourceOf } from "../../i18n/localeFiles";
import { ACTIONS, MENU_GROUPS } from "./actions/registry";
import { METADATA_COLUMNS } from "./listing/viewSettings";

const en = loadTexts("en-US", "explorer");

// Parity between languages is checked for every namespace in src/i18n/locales.test.ts.
describe("explorer namespace", () => {
  it("has every literal key the code uses", () => {
    const known = baseKeys(en);
    const used = literalKeys(sourceOf("src/features/explorer"), "explorer");
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used.filter((k) => !known.has(k)))]).toEqual([]);
  });

  it("has the keys built at run time", () => {
    const known = baseKeys(en);
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
