import { describe, expect, it } from "vitest";
import { parseScene, sceneSignature } from "./scene";

describe("parseScene", () => {
  it("reads an empty file as an empty drawing", () => {
    expect(parseScene("")).toEqual({ ok: true, scene: { elements: [], appState: {}, files: {} } });
    expect(parseScene(" \n")).toMatchObject({ ok: true });
  });

  it("reads a drawing's elements, app state and files", () => {
    const text = JSON.stringify({ type: "excalidraw", version: 2, elements: [{ id: "a" }], appState: { viewBackgroundColor: "#fff" }, files: { f: {} } });
    expect(parseScene(text)).toEqual({ ok: true, scene: { elements: [{ id: "a" }], appState: { viewBackgroundColor: "#fff" }, files: { f: {} } } });
  });

  it("fills in missing parts", () => {
    expect(parseScene('{"type":"excalidraw"}')).toEqual({ ok: true, scene: { elements: [], appState: {}, files: {} } });
  });

  it("refuses what is not an Excalidraw scene", () => {
    expect(parseScene("not json")).toEqual({ ok: false });
    expect(parseScene("[1,2]")).toEqual({ ok: false });
    expect(parseScene('{"type":"excalidrawlib","libraryItems":[]}')).toEqual({ ok: false });
    expect(parseScene('{"type":"excalidraw","elements":{}}')).toEqual({ ok: false });
  });
});

describe("sceneSignature", () => {
  const base = sceneSignature([{ version: 3 }, { version: 1 }], 0, "#ffffff");

  it("stays the same for the same drawing", () => {
    expect(sceneSignature([{ version: 3 }, { version: 1 }], 0, "#ffffff")).toBe(base);
  });

  it("changes when an element changes, is added, or a file or the background changes", () => {
    expect(sceneSignature([{ version: 4 }, { version: 1 }], 0, "#ffffff")).not.toBe(base);
    expect(sceneSignature([{ version: 3 }, { version: 1 }, { version: 1 }], 0, "#ffffff")).not.toBe(base);
    expect(sceneSignature([{ version: 3 }, { version: 1 }], 1, "#ffffff")).not.toBe(base);
    expect(sceneSignature([{ version: 3 }, { version: 1 }], 0, "#000000")).not.toBe(base);
  });
});
