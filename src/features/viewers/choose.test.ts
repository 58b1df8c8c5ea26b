import { describe, expect, it } from "vitest";
import { parseCatalogue } from "./catalogue";
import { chooseViewer, extOf, prefKey } from "./choose";

const cat = parseCatalogue(
  {
    file_viewers: [
      {
        viewers: [
          { id: "googledocs", type: "custom", display_name: "x", exts: ["png", "txt", "docx"], url: "u" },
          { id: "image", type: "builtin", display_name: "x", exts: ["png"] },
          { id: "monaco", type: "builtin", display_name: "x", exts: ["txt", "md"] },
          { id: "markdown", type: "builtin", display_name: "x", exts: ["md"] },
          { id: "pdf", type: "builtin", display_name: "x", exts: ["pdf"] },
          { id: "nowhere", type: "builtin", display_name: "x", exts: ["png"] },
        ],
      },
    ],
    default_viewer_mapping: { md: "markdown" },
  },
  { groupPermission: undefined, mobile: false },
);
const ours = (v: { id: string }) => v.id !== "nowhere";
const pick = (name: string, settings: Record<string, unknown> = {}, ask = false) => {
  const c = chooseViewer(cat, name, settings, { implemented: ours, ask });
  return c.kind === "open" ? [c.reason, c.viewer.id] : c.kind === "ask" ? ["ask", ...c.options.map((v) => v.id)] : ["none"];
};

describe("choosing a viewer", () => {
  it("follows remembered → only → admin default → ask", () => {
    expect(pick("a.PNG", { [prefKey("png")]: "googledocs" })).toEqual(["remembered", "googledocs"]);
    expect(pick("a.pdf")).toEqual(["only", "pdf"]);
    expect(pick("notes.md")).toEqual(["default", "markdown"]);
    expect(pick("a.png")).toEqual(["ask", "image", "googledocs", "nowhere"]);
  });

  it("ignores a remembered viewer that no longer opens the extension", () => {
    expect(pick("a.pdf", { [prefKey("pdf")]: "gone" })).toEqual(["only", "pdf"]);
  });

  it("asks on Open with… even when one viewer would do, and has nothing for unknown kinds", () => {
    expect(pick("a.pdf", {}, true)).toEqual(["ask", "pdf"]);
    expect(pick("a.rar")).toEqual(["none"]);
    // Zips have the app's own archive listing when the catalogue has no viewer for them.
    expect(pick("a.zip")).toEqual(["only", "archive"]);
    expect(pick("Makefile")).toEqual(["none"]);
  });

  it("reads extensions as the server does", () => {
    expect(extOf("a.tar.GZ")).toBe("gz");
    expect(extOf(".env")).toBe("");
    expect(extOf("a.")).toBe("");
  });
});
