// draw.io: a diagram opens in the viewer's embed host, spoken to by the embed protocol (init →
// load; autosave marks it unsaved; save → the file's content, with a stale version asking first;
// exit). The default host is on the internet, so the tests put the stand-in's pretend editor
// (server/routes/drawioEmbed.ts) in its place; that works against a real server as well.
import type { Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import type { Api } from "./support/api";
import { homeUrl, item, testFolder } from "./explorer-support";
import { putFile } from "./shares-support";
import { viewerOf } from "./viewers-support";
import { drawioEmbedPage } from "../server/routes/drawioEmbed";

async function content(api: Api, uri: string): Promise<string> {
  const res = await api.ok<{ urls: { url: string }[] }>("POST", "/file/url", { uris: [uri] });
  return (await api.request.fetch(res.urls[0]!.url)).text();
}

/** The catalogue's default draw.io host answers with the pretend editor. */
const fakeHost = (page: Page) =>
  page.route("https://embed.diagrams.net/**", (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: drawioEmbedPage() }));

const DIAGRAM = '<mxfile><diagram name="Page-1">first</diagram></mxfile>';

test.describe("viewers: draw.io", () => {
  test("a diagram loads into the editor, saves through the embed protocol and asks before overwriting a newer version", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "drawio");
    try {
      const uri = root.child("flow.drawio");
      await putFile(api, uri, DIAGRAM);
      await fakeHost(page);
      await page.goto(homeUrl(root.uri));
      await item(page, "flow.drawio").dblclick();
      const viewer = viewerOf(page, /^flow\.drawio/);
      const editor = viewer.frameLocator("iframe[title='Diagram editor: flow.drawio']");
      const xml = editor.getByRole("textbox", { name: "Diagram XML" });
      await expect(xml).toHaveValue(DIAGRAM);
      await expect(editor.getByText("Interface: default; language: en; dark: 0")).toBeVisible();
      await expectAxeClean(page, "draw.io viewer");

      await xml.fill(DIAGRAM.replace("first", "second"));
      await expect(viewerOf(page, "flow.drawio (unsaved)")).toBeVisible();
      await editor.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByText("Saved “flow.drawio”")).toBeVisible();
      await expect(editor.getByRole("status")).toHaveText("All changes saved");
      await expect(viewerOf(page, "flow.drawio")).toBeVisible();
      await expect.poll(() => content(api, uri)).toBe(DIAGRAM.replace("first", "second"));

      // Someone else changes the file meanwhile: saving asks, and overwriting is a choice.
      await putFile(api, uri, DIAGRAM.replace("first", "elsewhere"));
      await xml.fill(DIAGRAM.replace("first", "third"));
      await editor.getByRole("button", { name: "Save", exact: true }).click();
      const stale = page.getByRole("dialog", { name: "The file has changed" });
      await stale.getByRole("button", { name: "Overwrite" }).click();
      await expect(stale).toBeHidden();
      await expect.poll(() => content(api, uri)).toBe(DIAGRAM.replace("first", "third"));

      // "Save and exit" saves, then closes.
      await xml.fill(DIAGRAM.replace("first", "fourth"));
      await editor.getByRole("button", { name: "Save and exit" }).click();
      await expect(viewer).toBeHidden();
      await expect.poll(() => content(api, uri)).toBe(DIAGRAM.replace("first", "fourth"));
    } finally {
      await root.cleanup();
    }
  });

  test("a whiteboard opens in the sketch interface and Exit closes it", async ({ userPage: page, api }) => {
    const root = await testFolder(api, "dwb");
    try {
      await putFile(api, root.child("ideas.dwb"), "");
      await fakeHost(page);
      await page.goto(homeUrl(root.uri));
      await item(page, "ideas.dwb").dblclick();
      const viewer = viewerOf(page, /^ideas\.dwb/);
      const editor = viewer.frameLocator("iframe[title='Diagram editor: ideas.dwb']");
      await expect(editor.getByRole("status")).toHaveText("New diagram");
      await expect(editor.getByText(/^Interface: sketch;/)).toBeVisible();
      await editor.getByRole("button", { name: "Exit", exact: true }).click();
      await expect(viewer).toBeHidden();
    } finally {
      await root.cleanup();
    }
  });
});
