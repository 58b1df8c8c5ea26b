import { describe, expect, it } from "vitest";
import { cacheable, route } from "./routing";

const ORIGIN = "https://drive.example.com";
const shell = new Set(["/assets/index-abc.js", "/static/img/logo192.png"]);
const get = (path: string, mode = "cors") => route({ method: "GET", mode, url: ORIGIN + path }, ORIGIN, shell);

describe("service worker routing", () => {
  it("never touches what the server handles itself, even as page loads", () => {
    for (const path of ["/api/v4/site/config", "/api/v4/file/upload/x/0", "/dav/", "/dav/a.txt", "/f/abc/a.txt", "/s/abc", "/s/abc/pwd", "/manifest.json"]) {
      expect(get(path), path).toBe("pass");
      expect(get(path, "navigate"), path).toBe("pass");
    }
  });

  it("answers page loads of app paths, whatever the path", () => {
    for (const path of ["/", "/home?path=cloudreve%3A%2F%2Fmy", "/session", "/admin/settings", "/no/such/page"])
      expect(get(path, "navigate"), path).toBe("navigate");
  });

  it("serves the shell from its precache, other build files and locale files from runtime caches", () => {
    expect(get("/assets/index-abc.js")).toBe("shell");
    expect(get("/static/img/logo192.png")).toBe("shell");
    expect(get("/assets/PdfViewer-x1.js")).toBe("asset");
    expect(get("/locales/zh-CN/explorer.json")).toBe("locale");
  });

  it("lets anything else through: other methods, other origins, queries, unknown files", () => {
    expect(route({ method: "POST", mode: "cors", url: `${ORIGIN}/assets/index-abc.js` }, ORIGIN, shell)).toBe("pass");
    expect(route({ method: "GET", mode: "cors", url: "https://cdn.example.net/assets/a.js" }, ORIGIN, shell)).toBe("pass");
    expect(route({ method: "GET", mode: "navigate", url: "https://s3.example.net/bucket/file" }, ORIGIN, shell)).toBe("pass");
    expect(get("/assets/a.js?v=2")).toBe("pass");
    expect(get("/version.json")).toBe("pass");
    expect(get("/sw.js")).toBe("pass");
  });
});

describe("what the worker may keep", () => {
  const res = (status: number, type: string, kind = "basic") => ({
    ok: status >= 200 && status < 300,
    type: kind,
    headers: new Headers({ "content-type": type }),
  });

  it("keeps successful same-origin files", () => {
    expect(cacheable(res(200, "text/javascript; charset=utf-8"), "/assets/a.js")).toBe(true);
    expect(cacheable(res(200, "application/json"), "/locales/en-US/common.json")).toBe(true);
    expect(cacheable(res(200, "text/html"), "/assets/offline-x.html")).toBe(true);
  });

  it("refuses the index.html a Cloudreve server sends for a file it does not have, errors and opaque answers", () => {
    expect(cacheable(res(200, "text/html"), "/assets/OldChunk-gone.js")).toBe(false);
    expect(cacheable(res(200, "text/html; charset=utf-8"), "/locales/xx/common.json")).toBe(false);
    expect(cacheable(res(404, "text/plain"), "/assets/a.js")).toBe(false);
    expect(cacheable(res(200, "text/javascript", "opaque"), "/assets/a.js")).toBe(false);
  });
});
