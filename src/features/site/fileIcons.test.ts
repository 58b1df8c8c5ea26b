import { describe, expect, it } from "vitest";
import { parseSiteIcons } from "./fileIcons";

const BASE = "https://files.example.com/";

describe("parseSiteIcons", () => {
  it("maps each extension to the kind, colours and image the admin chose", () => {
    const icons = parseSiteIcons(
      JSON.stringify([
        { exts: ["mp3", "FLAC"], icon: "audio", color: "#651fff" },
        { exts: ["docx"], icon: "word", color: "#2b579a", color_dark: "#8ab4f8" },
        { exts: ["apk"], img: "/static/img/apk.png" },
      ]),
      BASE,
    );
    expect(icons.get("mp3")).toEqual({ kind: "audio", color: "#651fff" });
    expect(icons.get("flac")?.kind).toBe("audio");
    expect(icons.get("docx")).toEqual({ kind: "document", color: "#2b579a", colorDark: "#8ab4f8" });
    expect(icons.get("apk")).toEqual({ img: "https://files.example.com/static/img/apk.png" });
  });

  it("skips what it cannot use: unknown names, bad colours, unsafe images, broken JSON", () => {
    const icons = parseSiteIcons(
      JSON.stringify([{ exts: ["x"], icon: "hologram", color: "red; background:url(x)", img: "javascript:alert(1)" }, { exts: "y" }, null]),
      BASE,
    );
    expect(icons.get("x")).toEqual({ img: undefined });
    expect(icons.has("y")).toBe(false);
    expect(parseSiteIcons("{not json", BASE).size).toBe(0);
    expect(parseSiteIcons(undefined, BASE).size).toBe(0);
  });
});
