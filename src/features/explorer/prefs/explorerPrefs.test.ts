import { describe, expect, it } from "vitest";
import { isTileTemplate } from "./explorerPrefs";

describe("map tile templates", () => {
  it("takes http(s) addresses and site paths that name {z}, {x} and {y}", () => {
    expect(isTileTemplate("https://tiles.example.org/{z}/{x}/{y}.png")).toBe(true);
    expect(isTileTemplate("http://10.0.0.2:8080/osm/{z}/{x}/{y}@2x.png?key=abc")).toBe(true);
    expect(isTileTemplate(" /__tiles/{z}/{x}/{y}.png ")).toBe(true);
  });

  it("refuses templates missing a coordinate, other schemes and protocol-relative addresses", () => {
    expect(isTileTemplate("https://tiles.example.org/{z}/{x}.png")).toBe(false);
    expect(isTileTemplate("javascript:alert(1)//{z}{x}{y}")).toBe(false);
    expect(isTileTemplate("data:image/png,{z}{x}{y}")).toBe(false);
    expect(isTileTemplate("//evil.example/{z}/{x}/{y}.png")).toBe(false);
    expect(isTileTemplate("")).toBe(false);
  });
});
