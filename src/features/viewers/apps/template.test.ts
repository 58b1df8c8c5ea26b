import { describe, expect, it } from "vitest";
import { fillTemplate, frameSandbox, openingOf } from "./template";

const values = { src: "https://s.example/f?a=1&sign=x", name: "日记 1.txt", version: "e1", id: "f1", userId: "u1", userDisplayName: "Zoë", dark: true };

describe("custom viewer templates", () => {
  it("fill every variable the official frontend defines", () => {
    const url = fillTemplate(
      "https://v/?s={$src}&r={$src_raw}&b={$src_raw_base64}&n={$name}&v={$version}&i={$id}&u={$user_id}&d={$user_display_name}&t={$theme}&k={$dark}&x={$unknown}",
      values,
    );
    expect(url).toBe(
      `https://v/?s=${encodeURIComponent(values.src)}&r=${values.src}&b=${Buffer.from(values.src).toString("base64")}&n=${encodeURIComponent(values.name)}&v=e1&i=f1&u=u1&d=Zo%C3%AB&t=dark&k=1&x={$unknown}`,
    );
    expect(fillTemplate("{$theme}/{$dark}", { ...values, dark: false })).toBe("light/0");
  });

  it("never substitutes inside a substituted value", () => {
    expect(fillTemplate("{$src_raw}", { ...values, src: "{$name}" })).toBe("{$name}");
  });

  it("hand other schemes to their app and keep web pages in a frame or tab", () => {
    expect(openingOf("nplayer-https://x", false)).toBe("app");
    expect(openingOf("https://x", false)).toBe("frame");
    expect(openingOf("/viewer?x", true)).toBe("tab");
  });

  it("give pages of this site an opaque origin", () => {
    expect(frameSandbox("/v?x", "https://drive.example/home")).not.toContain("allow-same-origin");
    expect(frameSandbox("https://drive.example/v", "https://drive.example/home")).not.toContain("allow-same-origin");
    expect(frameSandbox("https://docs.example/v", "https://drive.example/home")).toContain("allow-same-origin");
  });
});
