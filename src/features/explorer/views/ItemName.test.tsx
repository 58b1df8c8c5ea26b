// @vitest-environment happy-dom
// Renaming in place (F2, or a slow second click): the item's name becomes a field wired to the
// explorer's rename operation (ops/rename.ts) over the real listing cache; only the server is fake.
import { fail, loadTexts, network, renderApp } from "../../../test/render";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@mui/material";
import { DEFAULT_LIST_PARAMS, fileQueries } from "../../../api/queries/files";
import { parseUri } from "../../../lib/uri";
import { useToast } from "../../../shared/toast";
import { closeAllDialogs } from "../../../shared/dialogs/host";
import { ItemUiContext, SelectionContext, type ItemUiState, type SelectionState } from "../ExplorerContext";
import { fileKey, type FileResponse } from "../model/files";
import type { FolderScope, OpsEnv } from "../ops/env";
import { commitRename } from "../ops/rename";
import type { GridLayout } from "../selection/geometry";
import { EMPTY } from "../selection/model";
import { ItemName } from "./ItemName";

const FOLDER = "cloudreve://my/Projects";

const file = (name: string, type = 0): FileResponse =>
  ({ type, id: name, name, path: `${FOLDER}/${name}`, size: 10, created_at: "", updated_at: "", metadata: {}, owned: true }) as FileResponse;

const listing = (files: FileResponse[]) => ({
  files,
  parent: file("Projects", 1),
  pagination: { page: 0, page_size: 100, is_cursor: true },
  props: { capability: "", max_page_size: 2000, order_by_options: [], order_direction_options: [] },
  context_hint: "",
  mixed_type: false,
  storage_policy: undefined,
});

/** A folder's names with the explorer's rename wiring; "Rename" starts renaming the first item. */
function Folder() {
  const { t } = useTranslation("explorer");
  const toast = useToast();
  const qc = useQueryClient();
  const { data } = useInfiniteQuery(fileQueries.list(FOLDER, DEFAULT_LIST_PARAMS, 0));
  const files = data?.pages.flatMap((p) => p.files) ?? [];
  const [renaming, setRenaming] = useState<string | null>(null);
  const layoutRef = useRef<GridLayout & { viewportRows: number }>({ columns: 1, rowHeight: 40, columnWidth: 0, top: 0, left: 0, count: 2, viewportRows: 10 });
  const env: OpsEnv = { t, toast, qc, go: () => {}, navigate: () => {} };
  const folder: FolderScope = {
    uri: parseUri(FOLDER),
    current: FOLDER,
    rootName: "My files",
    head: data?.pages[0],
    files,
    maxPageSize: 2000,
    maxBatch: 100,
    groupPermission: undefined,
    trashRetention: undefined,
    setSelection: () => {},
    focusKey: () => {},
    setRenaming,
  };
  const itemUi: ItemUiState = {
    renaming,
    commitRename: (f, name) => commitRename(env, folder, f, name),
    canDrag: false,
    dropInto: () => {},
    layoutRef,
    isTouch: false,
  };
  const selection = { sel: { selection: EMPTY }, focus: { activeIndex: 0, setActive: () => {} } } as unknown as SelectionState;
  return (
    <SelectionContext.Provider value={selection}>
      <ItemUiContext.Provider value={itemUi}>
        <Button onClick={() => setRenaming(fileKey(files[0]!))}>Rename</Button>
        <ul>
          {files.map((f) => (
            <li key={fileKey(f)}>
              <ItemName file={f} />
            </li>
          ))}
        </ul>
      </ItemUiContext.Provider>
    </SelectionContext.Provider>
  );
}

async function startRenaming() {
  network.on("GET", "/api/v4/file", () => listing([file("report.final.pdf"), file("Budget.xlsx")]));
  const app = renderApp(<Folder />);
  await screen.findByText("report.final.pdf");
  await app.user.click(screen.getByRole("button", { name: "Rename" }));
  const field = (await screen.findByRole("textbox", { name: "New name for report.final.pdf" })) as HTMLInputElement;
  return { ...app, field };
}

const renames = () => network.callsTo("POST", "/api/v4/file/rename").map((c) => c.body);

beforeAll(() => loadTexts("explorer"));
afterEach(() => {
  closeAllDialogs();
  cleanup();
  network.reset();
});

describe("inline rename", () => {
  it("opens focused on the name without its extension, and Enter renames", async () => {
    network.on("POST", "/api/v4/file/rename", () => file("summary.final.pdf"));
    const { user, field } = await startRenaming();
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, "report.final".length]);

    await user.keyboard("summary.final{Enter}");
    expect(await screen.findByText("summary.final.pdf")).toBeTruthy();
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(renames()).toEqual([{ uri: `${FOLDER}/report.final.pdf`, new_name: "summary.final.pdf" }]);
    // The undo offer confirms what happened.
    expect(await screen.findByText(/report\.final\.pdf.*summary\.final\.pdf/)).toBeTruthy();
  });

  it("Escape gives up without asking the server", async () => {
    const { user, field } = await startRenaming();
    await user.type(field, "something else");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("textbox")).toBeNull());
    expect(screen.getByText("report.final.pdf")).toBeTruthy();
    expect(renames()).toEqual([]);
  });

  it("keeps the field open with the reason when the name is taken, until a free name is given", async () => {
    let answer: unknown = fail(40004, "Object existed");
    network.on("POST", "/api/v4/file/rename", () => answer);
    const { user, field } = await startRenaming();
    await user.clear(field);
    await user.type(field, "Budget.xlsx{Enter}");
    expect(await screen.findByText("An item with this name is already here. Choose another name.")).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field);

    answer = file("Budget 2.xlsx");
    await user.clear(field);
    await user.type(field, "Budget 2.xlsx{Enter}");
    expect(await screen.findByText("Budget 2.xlsx")).toBeTruthy();
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("explains a name the server would refuse before sending it", async () => {
    const { user, field } = await startRenaming();
    await user.clear(field);
    await user.type(field, "a:b{Enter}");
    expect(await screen.findByText(/Names cannot contain any of these characters/)).toBeTruthy();
    expect(screen.getByRole("textbox")).toBe(field);
    expect(renames()).toEqual([]);
  });
});
