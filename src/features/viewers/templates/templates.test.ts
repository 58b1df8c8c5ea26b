import { describe, expect, it } from "vitest";
import { parseCatalogue } from "../catalogue";
import { freeName, templatesOf, withExt } from "./templates";

const PC = { groupPermission: undefined, mobile: false };

describe("document templates", () => {
  it("lists each extension once, from the first viewer naming it, in the admin's order", () => {
    const cat = parseCatalogue(
      {
        file_viewers: [
          {
            viewers: [
              { id: "markdown", type: "builtin", exts: ["md"], templates: [{ ext: "md", display_name: "Markdown" }] },
              {
                id: "drawio",
                type: "builtin",
                exts: ["drawio", "dwb"],
                templates: [
                  { ext: "drawio", display_name: "fileManager.diagram" },
                  { ext: ".DWB", display_name: "fileManager.whiteboard" },
                ],
              },
              {
                id: "monaco",
                type: "builtin",
                exts: ["md", "txt"],
                templates: [
                  { ext: "md", display_name: "Markdown" },
                  { ext: "txt", display_name: "fileManager.text" },
                ],
              },
              { id: "off", type: "builtin", exts: ["x"], disabled: true, templates: [{ ext: "x", display_name: "X" }] },
              { id: "elsewhere", type: "builtin", exts: ["y"], templates: [{ ext: "y", display_name: "Y" }] },
            ],
          },
        ],
      },
      PC,
    );
    expect(templatesOf(cat, (v) => v.id !== "elsewhere")).toEqual([
      { viewerId: "markdown", ext: "md", displayName: "Markdown" },
      { viewerId: "drawio", ext: "drawio", displayName: "fileManager.diagram" },
      { viewerId: "drawio", ext: "dwb", displayName: "fileManager.whiteboard" },
      { viewerId: "monaco", ext: "txt", displayName: "fileManager.text" },
    ]);
  });

  it("names a new document so it does not clash, and keeps the template's extension", () => {
    expect(freeName("Untitled", "drawio", new Set(["a.txt"]))).toBe("Untitled.drawio");
    expect(freeName("Untitled", "drawio", new Set(["untitled.drawio", "Untitled (2).drawio"]))).toBe("Untitled (3).drawio");
    expect(withExt(" plan ", "drawio")).toBe("plan.drawio");
    expect(withExt("plan.DRAWIO", "drawio")).toBe("plan.DRAWIO");
    expect(withExt("plan.txt", "md")).toBe("plan.txt.md");
  });
});
