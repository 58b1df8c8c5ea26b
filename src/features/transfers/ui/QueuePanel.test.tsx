// @vitest-environment happy-dom
// The upload panel as the app mounts it (TransfersMount) and feeds it (enqueueUpload): the real
// engine and local-storage driver run; only the server behind fetch and XHR is fake.
import { fail, holdUploads, loadTexts, network, releaseUploads, renderApp } from "../../../test/render";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { enqueueUpload, entriesFromFiles, loadEngine, TransfersMount } from "..";

const FOLDER = "cloudreve://my/Projects";
const POLICY = { id: "p1", name: "Local", type: "local", max_size: 0, relay: false };

/** A server that stores uploads: every chunk is accepted, the stored size is the file's. */
function storingServer() {
  const sizes = new Map<string, number>();
  let sessions = 0;
  network.on("GET", "/api/v4/file", () => ({
    files: [],
    parent: { type: 1, id: "p", name: "Projects", path: FOLDER, size: 0, created_at: "", updated_at: "" },
    pagination: { page: 0, page_size: 100, is_cursor: true },
    props: { capability: "", max_page_size: 2000, order_by_options: [], order_direction_options: [] },
    context_hint: "",
    mixed_type: false,
    storage_policy: POLICY,
  }));
  network.on("GET", "/api/v4/user/capacity", () => ({ total: 1 << 30, used: 0 }));
  network.on("PUT", "/api/v4/file/upload", (req) => {
    const { uri, size } = req.body as { uri: string; size: number };
    sizes.set(uri, size);
    return { session_id: `s${++sessions}`, chunk_size: 1 << 20, expires: Date.now() / 1000 + 3600, uri, storage_policy: POLICY, callback_secret: "" };
  });
  network.on("POST", "/api/v4/file/upload/*", () => null);
  network.on("DELETE", "/api/v4/file/upload", () => null);
  network.on("GET", "/api/v4/file/info", (req) => ({ type: 0, id: "f", name: "", path: req.query.get("uri"), size: sizes.get(req.query.get("uri")!) ?? 0 }));
}

const upload = (...names: string[]) => enqueueUpload(FOLDER, entriesFromFiles(names.map((n) => new File(["0123456789"], n, { type: "text/plain" }))));

const panel = () => renderApp(<TransfersMount />);

/** An upload's row; also while a dialog hides the page from assistive technology. */
const row = (name: string) => screen.getAllByRole("listitem", { hidden: true }).find((li) => li.textContent?.includes(name))!;

beforeAll(() => loadTexts("transfers"));
beforeEach(() => storingServer());
afterEach(async () => {
  const engine = await loadEngine();
  engine.cancelAll();
  engine.clearFinished();
  cleanup();
  network.reset();
  localStorage.clear();
});

describe("upload panel", () => {
  it("lists each upload with its progress, and pauses and resumes one", async () => {
    holdUploads();
    await upload("a.txt", "b.txt");
    const { user } = panel();
    expect(await screen.findByRole("heading", { name: "Uploading 2 files" })).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Uploads" })).getAllByRole("listitem")).toHaveLength(2);

    const bar = await screen.findByRole("progressbar", { name: "Progress of a.txt" });
    await waitFor(() => expect(bar.getAttribute("aria-valuenow")).toBe("50"));
    expect(screen.getByRole("progressbar", { name: "Overall upload progress" })).toBeTruthy();

    // Pausing drops the chunk on its way: it is sent again, whole, on resume.
    await user.click(screen.getByRole("button", { name: "Pause a.txt" }));
    expect(await within(row("a.txt")).findByText("Paused · 0 B of 10 B")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Resume a.txt" }));
    releaseUploads();
    await waitFor(() => expect(screen.getByRole("heading", { name: "2 uploads complete" })).toBeTruthy());
    expect(within(row("a.txt")).getByText("Uploaded · 10 B")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Cancel a.txt" })).toBeNull();
  });

  it("cancels an upload and removes what the server had started", async () => {
    holdUploads();
    await upload("draft.txt");
    const { user } = panel();
    await user.click(await screen.findByRole("button", { name: "Cancel draft.txt" }));
    expect(await within(row("draft.txt")).findByText("Cancelled")).toBeTruthy();
    await waitFor(() => expect(network.callsTo("DELETE", "/api/v4/file/upload").map((c) => c.body)).toEqual([{ id: "s1", uri: `${FOLDER}/draft.txt` }]));
  });

  it("says why an upload failed and retries it", async () => {
    let chunk: () => unknown = () => fail(40016, "Invalid chunk");
    network.on("POST", "/api/v4/file/upload/*", () => chunk());
    await upload("notes.txt");
    const { user } = panel();
    expect(await screen.findByRole("heading", { name: "1 upload failed" })).toBeTruthy();
    expect(within(row("notes.txt")).getByText(/^Failed: /)).toBeTruthy();

    chunk = () => null;
    await user.click(screen.getByRole("button", { name: "Retry notes.txt" }));
    expect(await screen.findByRole("heading", { name: "1 upload complete" })).toBeTruthy();
  });

  it("asks what to do when the name exists, and keeps both when asked to", async () => {
    let taken = true;
    network.on("PUT", "/api/v4/file/upload", (req) => {
      const { uri } = req.body as { uri: string };
      if (taken && uri.endsWith("/report.txt")) return fail(40004, "Object existed");
      taken = false;
      return { session_id: "s9", chunk_size: 1 << 20, expires: Date.now() / 1000 + 3600, uri, storage_policy: POLICY, callback_secret: "" };
    });
    network.on("GET", "/api/v4/file/info", () => ({ type: 0, id: "f", name: "", size: 10 }));
    await upload("report.txt");
    const { user } = panel();
    const question = await screen.findByRole("dialog", { name: "The file already exists" });
    expect(within(question).getByText("“report.txt” already exists in My files/Projects.")).toBeTruthy();
    expect(within(row("report.txt")).getByText("A file with this name exists")).toBeTruthy();

    await user.click(within(question).getByRole("button", { name: "Keep both" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(await screen.findByRole("heading", { name: "1 upload complete" })).toBeTruthy();
    // Asked again under the same name first (it may have gone meanwhile), then numbered.
    const uris = network.callsTo("PUT", "/api/v4/file/upload").map((c) => decodeURIComponent((c.body as { uri: string }).uri));
    expect(uris.at(-1)).toBe(`${FOLDER}/report (1).txt`);
  });
});
