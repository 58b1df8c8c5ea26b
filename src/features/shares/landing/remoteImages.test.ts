import { describe, expect, it } from "vitest";
import { isRemoteImage, mayShowRemoteImages } from "./remoteImages";

const ORIGIN = "https://cloud.example";

describe("remote README pictures", () => {
  it("tells another site's picture from this site's", () => {
    expect(isRemoteImage("https://tracker.example/pixel.png", ORIGIN)).toBe(true);
    expect(isRemoteImage("//tracker.example/pixel.png", ORIGIN)).toBe(true);
    expect(isRemoteImage("http://cloud.example/a.png", ORIGIN)).toBe(true);
    expect(isRemoteImage("https://cloud.example/a.png", ORIGIN)).toBe(false);
    expect(isRemoteImage("docs/a.png", ORIGIN)).toBe(false);
  });
  it("finds inline and reference pictures with absolute addresses", () => {
    expect(mayShowRemoteImages("![logo](https://x.example/l.png)")).toBe(true);
    expect(mayShowRemoteImages("![logo][l]\n\n[l]: //x.example/l.png")).toBe(true);
    expect(mayShowRemoteImages("![logo](docs/l.png)")).toBe(false);
    expect(mayShowRemoteImages("[site](https://x.example)")).toBe(false);
  });
});
