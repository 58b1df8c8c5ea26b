import { describe, expect, it } from "vitest";
import { drawioLanguage, embedUrl, parseEmbedMessage } from "./embed";

describe("draw.io embed", () => {
  it("opens the admin's host in embed mode, sketch for whiteboards, bare when read-only", () => {
    const a = new URL(embedUrl("https://draw.example.com/app/", { ext: "drawio", readOnly: false, dark: true, language: "de" }));
    expect(a.origin + a.pathname).toBe("https://draw.example.com/app/");
    expect(Object.fromEntries(a.searchParams)).toMatchObject({ embed: "1", proto: "json", lang: "de", dark: "1" });
    expect(a.searchParams.has("ui")).toBe(false);
    expect(a.searchParams.has("chrome")).toBe(false);
    const b = new URL(embedUrl("", { ext: "dwb", readOnly: true, dark: false, language: "en" }));
    expect(b.origin).toBe("https://embed.diagrams.net");
    expect([b.searchParams.get("ui"), b.searchParams.get("chrome")]).toEqual(["sketch", "0"]);
  });

  it("names languages as draw.io does", () => {
    expect(["en-US", "zh-CN", "zh-TW", "pt-BR", "ja"].map(drawioLanguage)).toEqual(["en", "zh", "zh-tw", "pt-br", "ja"]);
  });

  it("reads the editor's messages, JSON text or objects, and nothing else", () => {
    expect(parseEmbedMessage('{"event":"init"}')).toEqual({ event: "init" });
    expect(parseEmbedMessage({ event: "save", xml: "<x/>", exit: true })).toEqual({ event: "save", xml: "<x/>", exit: true });
    expect(parseEmbedMessage('{"event":"autosave","xml":"<y/>"}')).toEqual({ event: "autosave", xml: "<y/>" });
    expect(parseEmbedMessage({ event: "exit", modified: 1 })).toEqual({ event: "exit", modified: false });
    expect(parseEmbedMessage("not json")).toBeUndefined();
    expect(parseEmbedMessage({ event: "save" })).toBeUndefined();
    expect(parseEmbedMessage({ type: "webpackOk" })).toBeUndefined();
  });
});
