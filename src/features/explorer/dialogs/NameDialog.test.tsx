// @vitest-environment happy-dom
// The name dialog as the explorer opens it (ops/rename.ts: new folder, rename), with the app's
// providers and dialog host; only the server is fake.
import { fail, loadTexts, network, renderApp } from "../../../test/render";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Button } from "@mui/material";
import { closeAllDialogs } from "../../../shared/dialogs/host";
import { useToast } from "../../../shared/toast";
import { parseUri } from "../../../lib/uri";
import type { FileResponse } from "../model/files";
import type { FolderScope, OpsEnv } from "../ops/env";
import { newItem, renameInDialog } from "../ops/rename";

const FOLDER = "cloudreve://my/Projects";

const file = (name: string, type = 0): FileResponse =>
  ({ type, id: name, name, path: `${FOLDER}/${name}`, size: 10, created_at: "", updated_at: "", metadata: {}, owned: true }) as FileResponse;

const files = [file("report.final.pdf"), file("Notes", 1)];

/** A button that runs the operation the way the explorer's actions do. */
function Launcher({ run }: { run: (env: OpsEnv, folder: FolderScope) => Promise<unknown> }) {
  const { t } = useTranslation("explorer");
  const toast = useToast();
  const qc = useQueryClient();
  const env: OpsEnv = { t, toast, qc, go: () => {}, navigate: () => {} };
  const folder: FolderScope = {
    uri: parseUri(FOLDER),
    current: FOLDER,
    rootName: "My files",
    head: undefined,
    files,
    maxPageSize: 100,
    maxBatch: 100,
    groupPermission: undefined,
    trashRetention: undefined,
    setSelection: () => {},
    focusKey: () => {},
    setRenaming: () => {},
  };
  return <Button onClick={() => void run(env, folder)}>Start</Button>;
}

async function open(run: (env: OpsEnv, folder: FolderScope) => Promise<unknown>) {
  const app = renderApp(<Launcher run={run} />);
  await app.user.click(await screen.findByRole("button", { name: "Start" }));
  const dialog = await screen.findByRole("dialog");
  return { ...app, dialog, field: await screen.findByRole("textbox", { name: "Name" }) };
}

beforeAll(() => loadTexts("explorer"));
afterEach(() => {
  closeAllDialogs();
  cleanup();
  network.reset();
});

describe("new folder", () => {
  it("suggests a name, explains names the server would refuse, and creates with Enter", async () => {
    network.on("POST", "/api/v4/file/create", (req) =>
      file(
        String((req.body as { uri: string }).uri)
          .split("/")
          .pop()!,
        1,
      ),
    );
    const { user, dialog, field } = await open((env, folder) => newItem(env, folder, "folder"));
    expect(within(dialog).getByRole("heading", { name: "New folder" })).toBeTruthy();
    expect(field).toHaveProperty("value", "New folder");

    await user.clear(field);
    await user.type(field, "a/b");
    expect(await screen.findByText(/Names cannot contain any of these characters/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create" })).toHaveProperty("disabled", true);

    await user.clear(field);
    await user.type(field, "Notes");
    expect(await screen.findByText("An item with this name is already here. Choose another name.")).toBeTruthy();

    await user.clear(field);
    await user.type(field, "Drafts{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(network.callsTo("POST", "/api/v4/file/create").map((c) => c.body)).toEqual([{ uri: `${FOLDER}/Drafts`, type: "folder", err_on_conflict: true }]);
  });

  it("keeps the dialog open with the server's reason when the name is taken after all", async () => {
    network.on("POST", "/api/v4/file/create", () => fail(40004, "Object existed"));
    const { user, field } = await open((env, folder) => newItem(env, folder, "folder"));
    await user.clear(field);
    await user.type(field, "Archive{Enter}");
    expect(await screen.findByText("An item with this name is already here. Choose another name.")).toBeTruthy();
    expect(screen.getByRole("dialog")).toBeTruthy();
    expect(field).toHaveProperty("value", "Archive");
  });
});

describe("rename", () => {
  it("selects the name without its extension, so typing replaces only the base name", async () => {
    network.on("POST", "/api/v4/file/rename", () => file("summary.pdf"));
    const { user, field } = await open((env, folder) => renameInDialog(env, folder, files[0]!));
    expect(screen.getByRole("heading", { name: "Rename" })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field));
    const input = field as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, "report.final".length]);

    await user.keyboard("summary{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(network.callsTo("POST", "/api/v4/file/rename").map((c) => c.body)).toEqual([{ uri: `${FOLDER}/report.final.pdf`, new_name: "summary.pdf" }]);
  });

  it("shows a refused rename beside the field and lets the user correct it", async () => {
    let answer: unknown = fail(40052, "Illegal character");
    network.on("POST", "/api/v4/file/rename", () => answer);
    const { user, field } = await open((env, folder) => renameInDialog(env, folder, files[0]!));
    await user.clear(field);
    await user.type(field, "résumé.pdf{Enter}");
    expect(await screen.findByText(/Names cannot contain any of these characters/)).toBeTruthy();
    expect(screen.getByRole("dialog")).toBeTruthy();

    // Typing clears the message; the corrected name goes through.
    answer = file("report.pdf");
    await user.clear(field);
    expect(screen.queryByText(/Names cannot contain any of these characters/)).toBeNull();
    await user.type(field, "report.pdf{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("closes without a request when the name is unchanged or the dialog is cancelled", async () => {
    const { user } = await open((env, folder) => renameInDialog(env, folder, files[0]!));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    cleanup();

    const again = await open((env, folder) => renameInDialog(env, folder, files[0]!));
    await again.user.type(again.field, "other");
    await again.user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(network.callsTo("POST", "/api/v4/file/rename")).toEqual([]);
  });
});
