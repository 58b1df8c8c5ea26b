import { describe, expect, it } from "vitest";
import { atLeast, forceDownloadLink, parseVersion, serverFeatures } from "./serverVersion";

describe("server versions", () => {
  it("reads the versions servers answer", () => {
    expect(parseVersion("4.0.0-2")).toEqual([4, 0, 0]);
    expect(parseVersion("4.14.0-pro")).toEqual([4, 14, 0]);
    expect(parseVersion("v4.3")).toEqual([4, 3, 0]);
    expect(parseVersion("")).toBeUndefined();
    expect(parseVersion("cloudreve")).toBeUndefined();
  });

  it("compares part by part, not as text", () => {
    expect(atLeast("4.10.0", "4.3.0")).toBe(true);
    expect(atLeast("4.2.9", "4.3.0")).toBe(false);
    expect(atLeast("5.0.0", "4.3.0")).toBe(true);
    expect(atLeast("4.3.0", "4.3.0")).toBe(true);
    expect(atLeast(undefined, "4.1.0")).toBe(false);
  });

  it("names what each version has", () => {
    expect(serverFeatures("4.0.0-2")).toEqual({ manageDirectLinks: false, shareReadme: false, forceDownloadLinks: false });
    expect(serverFeatures("4.2.0")).toEqual({ manageDirectLinks: true, shareReadme: true, forceDownloadLinks: false });
    expect(serverFeatures("4.14.0-pro")).toEqual({ manageDirectLinks: true, shareReadme: true, forceDownloadLinks: true });
  });

  it("makes the download variant of a direct link", () => {
    expect(forceDownloadLink("https://cloud.example.com/f/AbC1/report%20final.pdf")).toBe("https://cloud.example.com/f/d/AbC1/report%20final.pdf");
    expect(forceDownloadLink("https://cloud.example.com/sub/f/AbC1/x.pdf")).toBe("https://cloud.example.com/sub/f/AbC1/x.pdf");
    expect(forceDownloadLink("not a url")).toBe("not a url");
  });
});
