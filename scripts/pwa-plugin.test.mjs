import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROUTE_MODULES } from "./first-load.mjs";
import { buildVersion, composeWorker, offlinePage, readPrecache, shellFiles } from "./pwa-plugin.mjs";

const dist = mkdtempSync(join(tmpdir(), "pwa-plugin-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const put = (path, text = path) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};

// A build of three pages: what each loads first is shell; the lazy admin page and viewer are not.
const manifest = {
  "index.html": { file: "assets/index-1.js", isEntry: true, imports: ["_vendor"], css: ["assets/index-1.css"] },
  _vendor: { file: "assets/vendor-1.js" },
  "src/features/admin/AdminGate.tsx": { file: "assets/AdminGate-1.js", isDynamicEntry: true, imports: ["_vendor"] },
  "src/features/viewers/PdfViewer.tsx": { file: "assets/PdfViewer-1.js", isDynamicEntry: true },
};
for (const src of new Set(Object.values(ROUTE_MODULES).flat())) {
  const name = src.split("/").pop().replace(".tsx", "");
  manifest[src] = { file: `assets/${name}-1.js`, isDynamicEntry: true, imports: ["_vendor"] };
}
put(".vite/manifest.json", JSON.stringify(manifest));
for (const chunk of Object.values(manifest)) put(chunk.file);
put("assets/index-1.css");
put("static/img/logo192.png");
put("locales/en-US/common.json", "{}");
put("version.json", "{}");

describe("the service worker's precache", () => {
  it("is the first load of the sign-in page, the explorer and the share landing, with CSS and icons", () => {
    const files = shellFiles(dist);
    expect(files).toContain("/assets/index-1.js");
    expect(files).toContain("/assets/vendor-1.js");
    expect(files).toContain("/assets/index-1.css");
    expect(files).toContain("/assets/SignInPage-1.js");
    expect(files).toContain("/assets/ShareLanding-1.js");
    expect(files).toContain("/static/img/logo192.png");
    expect(files).not.toContain("/assets/AdminGate-1.js");
    expect(files).not.toContain("/assets/PdfViewer-1.js");
    expect(files.some((f) => f.startsWith("/locales/"))).toBe(false);
  });

  it("is written into sw.js where the size check reads it back", () => {
    const sw = composeWorker("(function(){})();", { version: "v1", precache: ["/assets/a.js", "/static/img/x.png"], offlinePage: "/assets/offline-1.html" });
    expect(readPrecache(sw)).toEqual(["/assets/a.js", "/static/img/x.png"]);
    expect(readPrecache("(function(){})();")).toBeNull();
  });

  it("belongs to a version that changes with any file of the build", () => {
    const before = buildVersion(dist, ["sw.js"]);
    put("sw.js", "anything");
    expect(buildVersion(dist, ["sw.js"])).toBe(before);
    put("locales/en-US/common.json", '{"a":"b"}');
    expect(buildVersion(dist, ["sw.js"])).not.toBe(before);
  });
});

describe("the offline page", () => {
  it("carries the offline texts of every language that has them, unable to close its script", () => {
    const html = offlinePage(process.cwd());
    const literal = /var TEXTS = (\{.*\});/.exec(html)?.[1];
    const texts = JSON.parse(literal);
    const en = JSON.parse(readFileSync("public/locales/en-US/pwa.json", "utf8")).offline;
    expect(texts["en-US"]).toEqual(en);
    expect(Object.keys(texts)).toContain("zh-CN");
    expect(literal).not.toContain("<");
  });
});
