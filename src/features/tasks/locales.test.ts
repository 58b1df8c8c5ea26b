import { describe, expect, it } from "vitest";
import { baseKeys, literalKeys, loadTexts, sourceOf } from "../../i18n/localeFiles";
import { ZIP_ENCODINGS } from "./encodings";

// Parity between languages is checked for every namespace in src/i18n/locales.test.ts.
describe("tasks namespace", () => {
  it("has every literal key the code uses, and the keys built at run time", () => {
    const known = baseKeys(loadTexts("en-US", "tasks"));
    const used = literalKeys(sourceOf("src/features/tasks"), "tasks");
    expect(used.length).toBeGreaterThan(80);
    const built = [
      ...["required", "invalid", "tooLong"].map((p) => `archive.name.${p}`),
      ...ZIP_ENCODINGS.map((e) => `encodings.${e}`),
      ...["queued", "processing", "suspending", "error", "canceled", "completed", "unknown"].map((s) => `status.${s}`),
      ...["create_archive", "extract_archive", "remote_download", "import", "relocate", "unknown"].map((s) => `types.${s}`),
      ...["compress_files", "upload_archive", "await_slave_compressing", "await_slave_uploading", "complete_upload"].map((p) => `phases.create_archive.${p}`),
      ...["download_zip", "await_slave_complete"].map((p) => `phases.extract_archive.${p}`),
      ...["monitor", "transfer", "seeding"].map((p) => `phases.remote_download.${p}`),
      ...[
        "archive_count",
        "archive_size",
        "upload_count",
        "upload",
        "download",
        "extract_count",
        "extract_size",
        "indexed",
        "imported",
        "relocate",
        "single",
        "other",
        "soFarCount",
      ].map((p) => `progress.${p}`),
      ...["downloading", "seeding", "completed", "error", "transfer"].map((s) => `download.${s}`),
    ];
    expect([...new Set([...used, ...built].filter((k) => !known.has(k)))]).toEqual([]);
  });
});
