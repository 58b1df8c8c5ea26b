import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SITE, devSitePlaceholders, fillSitePlaceholders, readSite } from "./dev-site.mjs";

const answer = (routes) => async (url) => {
  const path = new URL(url).pathname;
  if (!(path in routes)) return new Response("not found", { status: 404 });
  return new Response(JSON.stringify(routes[path]), { status: 200 });
};

describe("development placeholders", () => {
  it("fills every placeholder of our index.html", () => {
    const html = fillSitePlaceholders(readFileSync("index.html", "utf8"), { ...DEFAULT_SITE, siteName: "My cloud" });
    expect(html).toContain("<title>My cloud</title>");
    expect(html).not.toMatch(/\{siteName\}|\{siteDes\}|\{siteScript\}|\{pwa_small_icon\}|\{pwa_medium_icon\}|var\(--defaultThemeColor\)/);
  });

  it("reads the name, colour and icons from the backend", async () => {
    const fetchImpl = answer({
      "/api/v4/site/config/basic": { code: 0, data: { title: "Team files", default_theme: "#3f51b5" } },
      "/manifest.json": { icons: [{ src: "https://cdn.example.com/s.ico" }, { src: "/static/img/logo192.png" }] },
    });
    expect(await readSite("http://backend/", { fetchImpl })).toEqual({
      ...DEFAULT_SITE,
      siteName: "Team files",
      siteDes: "Team files",
      defaultTheme: "#3f51b5",
      pwaSmallIcon: "https://cdn.example.com/s.ico",
    });
  });

  it("keeps the defaults when the backend does not answer, or names icons the dev server lacks", async () => {
    expect(await readSite("http://backend", { fetchImpl: () => Promise.reject(new Error("refused")) })).toEqual(DEFAULT_SITE);
    const fetchImpl = answer({ "/manifest.json": { icons: [{ src: "/favicon.svg" }] } });
    expect((await readSite("http://backend", { fetchImpl })).pwaSmallIcon).toBe(DEFAULT_SITE.pwaSmallIcon);
  });

  it("runs in the dev server only, so the build keeps the placeholders", () => {
    expect(devSitePlaceholders("http://backend").apply).toBe("serve");
  });
});
