import { describe, expect, it } from "vitest";
import { encodeBoolset } from "../../lib/boolset";
import { parseCatalogue, parseViewer } from "./catalogue";

const PC = { groupPermission: encodeBoolset([2, 7]), mobile: false };

describe("the viewer catalogue", () => {
  it("keeps the admin's order and maps every extension to its viewers", () => {
    const cat = parseCatalogue(
      {
        file_viewers: [
          { viewers: [{ id: "image", type: "builtin", display_name: "fileManager.imageViewer", exts: ["PNG", ".jpg"] }] },
          { viewers: [{ id: "photopea", type: "builtin", display_name: "Photopea", exts: ["png"] }] },
        ],
      },
      PC,
    );
    expect(cat.viewers.map((v) => v.id)).toEqual(["image", "photopea"]);
    expect(cat.byExt.get("png")?.map((v) => v.id)).toEqual(["image", "photopea"]);
    expect(cat.byExt.get("jpg")?.map((v) => v.id)).toEqual(["image"]);
  });

  it("leaves out disabled viewers, the other platform's and those needing group bits the caller lacks", () => {
    const cat = parseCatalogue(
      {
        file_viewers: [
          {
            viewers: [
              { id: "off", type: "builtin", display_name: "x", exts: ["a"], disabled: true },
              { id: "phone", type: "custom", display_name: "x", exts: ["a"], platform: "mobile", url: "x" },
              { id: "admins", type: "custom", display_name: "x", exts: ["a"], required_group_permission: [0], url: "x" },
              { id: "sharers", type: "custom", display_name: "x", exts: ["a"], required_group_permission: [2], url: "x" },
            ],
          },
        ],
      },
      PC,
    );
    expect(cat.viewers.map((v) => v.id)).toEqual(["sharers"]);
    expect(
      parseCatalogue(
        { file_viewers: [{ viewers: [{ id: "phone", type: "custom", display_name: "x", exts: ["a"], platform: "mobile" }] }] },
        { ...PC, mobile: true },
      ).viewers,
    ).toHaveLength(1);
  });

  it("skips malformed entries without hiding the good ones, and the second entry of one id", () => {
    const cat = parseCatalogue(
      {
        file_viewers: [
          {
            viewers: [
              null,
              { id: "x", type: "alien", exts: [] },
              { id: "ok", type: "wopi", exts: ["docx"], max_size: 10 },
              { id: "ok", type: "builtin", exts: ["txt"] },
            ],
          },
          "junk",
        ],
      },
      PC,
    );
    expect(cat.viewers.map((v) => [v.id, v.type, v.maxSize, v.displayName])).toEqual([["ok", "wopi", 10, "ok"]]);
    expect(parseCatalogue(undefined, PC).viewers).toEqual([]);
  });

  it("reads the admin's default mapping of newer servers", () => {
    expect(parseCatalogue({ file_viewers: [], default_viewer_mapping: { PNG: "image", bad: 3 } }, PC).defaults).toEqual({ png: "image" });
  });

  it("reads templates and string props only", () => {
    expect(
      parseViewer({
        id: "d",
        type: "builtin",
        exts: ["drawio"],
        props: { host: "h", n: 1, openInNew: true },
        templates: [{ ext: "drawio", display_name: "Diagram" }, { bad: 1 }],
      }),
    ).toMatchObject({
      props: { host: "h", openInNew: "true" },
      templates: [{ ext: "drawio", displayName: "Diagram" }],
    });
  });
});
