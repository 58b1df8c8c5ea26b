import { describe, expect, it } from "vitest";
import { parseUri } from "../../../lib/uri";
import { maskOf, unmask } from "./hlsMask";

describe("masked HLS addresses", () => {
  const file = parseUri("cloudreve://abc:pw@share/Films/My%20show/index.m3u8");
  it("mirror the file's path and resolve relative references to its siblings", () => {
    const masked = maskOf(file);
    expect(masked).toBe("https://drive.invalid/Films/My%20show/index.m3u8");
    expect(unmask(new URL("seg/0001.ts", masked).href, file)?.toString()).toBe("cloudreve://abc:pw@share/Films/My%20show/seg/0001.ts");
    expect(unmask(new URL("../Other/720p.m3u8", masked).href, file)?.toString()).toBe("cloudreve://abc:pw@share/Films/Other/720p.m3u8");
    expect(unmask(new URL("/top.ts", masked).href, file)?.toString()).toBe("cloudreve://abc:pw@share/top.ts");
  });
  it("leave other addresses alone", () => {
    expect(unmask("https://cdn.example.com/seg.ts", file)).toBeNull();
  });
});
