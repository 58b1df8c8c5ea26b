// Excalidraw drawings: a .excalidraw file opens on Excalidraw's canvas with its fonts from our own
// origin (nothing is fetched from elsewhere), a rectangle drawn with the keyboard's tool key and the
// mouse is saved back with Ctrl+S, a save over a newer version asks first, closing with unsaved
// changes asks, and a visitor of a share sees the drawing read-only.
import pngjs from "pngjs";
import type { Locator, Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import type { Api } from "./support/api";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile, sharePath, shareLink, visitor } from "./shares-support";
import { viewerOf } from "./viewers-support";

/** Excalidraw is a megabyte of script: on a busy machine its first load takes a while. */
const LOAD = 60_000;

/** A filled rectangle of Excalidraw's red, drawn without roughness so its pixels are that colour. */
const RED = "#e03131";
const rectangle = (id: string, x: number) => ({
  id,
  type: "rectangle",
  x,
  y: 0,
  width: 160,
  height: 100,
  angle: 0,
  strokeColor: "#1e1e1e",
  backgroundColor: RED,
  fillStyle: "solid",
  strokeWidth: 2,
  strokeStyle: "solid",
  roughness: 0,
  opacity: 100,
  groupIds: [],
  frameId: null,
  roundness: null,
  seed: 7,
  version: 1,
  versionNonce: 7,
  isDeleted: false,
  boundElements: null,
  updated: 1,
  link: null,
  locked: false,
});
const label = { ...rectangle("label", 0), type: "text", y: 120, height: 25, backgroundColor: "transparent", text: "Hello", originalText: "Hello" };
Object.assign(label, { fontSize: 20, fontFamily: 5, textAlign: "left", verticalAlign: "top", containerId: null, lineHeight: 1.25, autoResize: true });
const drawing = (...elements: object[]) =>
  JSON.stringify({ type: "excalidraw", version: 2, source: "e2e", elements, appState: { viewBackgroundColor: "#ffffff" }, files: {} });

async function content(api: Api, uri: string): Promise<string> {
  const res = await api.ok<{ urls: { url: string }[] }>("POST", "/file/url", { uris: [uri] });
  return (await api.request.fetch(res.urls[0]!.url)).text();
}
/** How many elements the stored file holds (deleted ones left out). */
const storedElements = async (api: Api, uri: string) =>
  (JSON.parse(await content(api, uri)) as { elements: { isDeleted?: boolean }[] }).elements.filter((e) => !e.isDeleted).length;

/** The share of the canvas's pixels in the drawing's red: the drawing is on screen. */
async function redShare(canvas: Locator): Promise<number> {
  const img = pngjs.PNG.sync.read(await canvas.screenshot());
  let red = 0;
  for (let i = 0; i < img.data.length; i += 4) if (img.data[i]! > 200 && img.data[i + 1]! < 90 && img.data[i + 2]! < 90) red++;
  return red / (img.width * img.height);
}

/** Requests the page makes to other origins: Excalidraw must need none (its fonts are ours). */
function foreignRequests(page: Page, origin: string): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) seen.push(r.url());
  });
  return seen;
}

/**
 * Drags a rectangle over the given fractions of the canvas, with the rectangle tool picked by its
 * key (after a click on the empty spot, which puts the keyboard on the canvas as a user would).
 */
async function drawRectangle(page: Page, canvas: Locator, from: [number, number], to: [number, number]) {
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width * from[0], box.y + box.height * from[1]);
  await page.keyboard.press("r");
  await page.mouse.move(box.x + box.width * from[0], box.y + box.height * from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to[0], box.y + box.height * to[1], { steps: 5 });
  await page.mouse.up();
}

test.describe("viewers: Excalidraw", () => {
  test("a drawing opens, a drawn rectangle is saved with Ctrl+S, and a stale save asks first", async ({ userPage: page, api, baseURL }) => {
    // A long journey, and Excalidraw's first load is slow on a busy machine.
    test.slow();
    const root = await testFolder(api, "excalidraw");
    try {
      const uri = root.child("plan.excalidraw");
      await putFile(api, uri, drawing(rectangle("box", 0), label));
      const foreign = foreignRequests(page, new URL(baseURL!).origin);
      const fonts: string[] = [];
      page.on("response", (r) => r.ok() && /\/assets\/excalidraw-[\d.]+\/fonts\/Excalifont\/.+\.woff2$/.test(r.url()) && fonts.push(r.url()));
      await page.goto(homeUrl(root.uri));
      await item(page, "plan.excalidraw").dblclick();
      const viewer = viewerOf(page, /^plan\.excalidraw/);
      const board = viewer.getByRole("region", { name: "Drawing: plan.excalidraw" });
      const canvas = board.locator("canvas.excalidraw__canvas.static");
      await expect(canvas).toBeVisible({ timeout: LOAD });
      await expect.poll(() => redShare(canvas)).toBeGreaterThan(0.005);
      // The label's hand-drawn font comes from our own origin.
      await expect.poll(() => fonts.length).toBeGreaterThan(0);
      await expect(board.getByRole("radio", { name: /^Rectangle/ })).toBeVisible();
      // Excalidraw's own canvas layers are drawn pixels, not page content; the rest is checked.
      await expectAxeClean(page, "Excalidraw viewer");

      const before = await redShare(canvas);
      await drawRectangle(page, canvas, [0.68, 0.3], [0.85, 0.45]);
      await expect(viewerOf(page, "plan.excalidraw (unsaved)")).toBeVisible();
      await page.keyboard.press("Control+s");
      await expect(page.getByText("Saved “plan.excalidraw”")).toBeVisible();
      await expect(viewerOf(page, "plan.excalidraw")).toBeVisible();
      await expect.poll(() => storedElements(api, uri)).toBe(3);
      // The new rectangle is drawn in the default colours, not red: the old drawing is still all there.
      expect(await redShare(canvas)).toBeGreaterThan(before * 0.9);

      // Someone else replaces the file meanwhile: the Save button asks before overwriting it.
      await putFile(api, uri, drawing(rectangle("other", 0)));
      await drawRectangle(page, canvas, [0.68, 0.6], [0.85, 0.75]);
      await viewer.getByRole("button", { name: "Save", exact: true }).click();
      const stale = page.getByRole("dialog", { name: "The file has changed" });
      await stale.getByRole("button", { name: "Overwrite" }).click();
      await expect(stale).toBeHidden();
      await expect.poll(() => storedElements(api, uri)).toBe(4);

      // Closing with unsaved changes asks; keeping them leaves the drawing open.
      await drawRectangle(page, canvas, [0.3, 0.6], [0.4, 0.75]);
      await viewer.getByRole("button", { name: "Close" }).click();
      const discard = page.getByRole("dialog", { name: "Discard unsaved changes?" });
      await discard.getByRole("button", { name: "Keep editing" }).click();
      await expect(viewerOf(page, "plan.excalidraw (unsaved)")).toBeVisible();
      await viewer.getByRole("button", { name: "Close" }).click();
      await discard.getByRole("button", { name: "Discard" }).click();
      await expect(viewer).toBeHidden();
      expect(await storedElements(api, uri)).toBe(4);
      expect(foreign).toEqual([]);
    } finally {
      await root.cleanup();
    }
  });

  test("a visitor of a shared drawing sees it read-only", async ({ api, browser, baseURL }) => {
    const root = await testFolder(api, "excalidraw-share");
    try {
      await putFile(api, root.child("shared.excalidraw"), drawing(rectangle("box", 0)));
      const link = await shareLink(api, root.child("shared.excalidraw"));
      const guest = await visitor(browser, baseURL);
      await guest.goto(sharePath(link.url));
      const preview = guest.getByRole("region", { name: "Preview of shared.excalidraw" });
      const board = preview.getByRole("region", { name: "Drawing: shared.excalidraw" });
      const canvas = board.locator("canvas.excalidraw__canvas.static");
      await expect(canvas).toBeVisible({ timeout: LOAD });
      await expect.poll(() => redShare(canvas)).toBeGreaterThan(0.005);
      await expect(board.getByRole("radio", { name: /^Rectangle/ })).toHaveCount(0);
      await expect(preview.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
      await expectAxeClean(guest, "shared Excalidraw drawing");
      await guest.context().close();
    } finally {
      await root.cleanup();
    }
  });
});
