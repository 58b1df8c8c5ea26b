import { describe, expect, it } from "vitest";
import type { ListResponse } from "../../api/queries/files";
import { actionStateOf, selectedFiles, type ActionStateInput } from "./explorerState";
import type { FileResponse } from "./model/files";

const file = (name: string) => ({ name, path: `cloudreve://my/${name}`, type: 0 }) as FileResponse;
const files = [file("a"), file("b"), file("c")];

describe("selectedFiles", () => {
  it("lists the chosen items", () => {
    expect(selectedFiles(files, { kind: "some", keys: new Set(["cloudreve://my/b"]) }).map((f) => f.name)).toEqual(["b"]);
  });

  it("lists every loaded item but the excepted ones under a symbolic all", () => {
    expect(selectedFiles(files, { kind: "all", except: new Set(["cloudreve://my/a"]) }).map((f) => f.name)).toEqual(["b", "c"]);
  });
});

describe("actionStateOf", () => {
  const input: ActionStateInput = {
    uri: { fs: "my", isRoot: false, isSearch: false },
    head: undefined,
    group: undefined,
    loggedIn: true,
    targets: [],
    count: 0,
    selection: { kind: "some", keys: new Set() },
    hasItems: true,
    canUndo: false,
    layout: "list",
  };

  it("assumes nothing while the folder and the user are unknown", () => {
    expect(actionStateOf(input)).toMatchObject({
      folderCapability: undefined,
      folderOwned: false,
      singleFileView: false,
      groupPermission: undefined,
      directLinkBatch: 0,
      symbolicAll: false,
    });
  });

  it("reads the folder's capabilities and the group's permissions", () => {
    const head = { props: { capability: "39/9" }, parent: { owned: true }, single_file_view: true } as unknown as ListResponse;
    const state = actionStateOf({ ...input, head, group: { permission: "hAg=", direct_link_batch_size: 10 }, selection: { kind: "all", except: new Set() } });
    expect(state).toMatchObject({
      folderCapability: "39/9",
      folderOwned: true,
      singleFileView: true,
      groupPermission: "hAg=",
      directLinkBatch: 10,
      symbolicAll: true,
    });
  });
});
