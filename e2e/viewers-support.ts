// Helpers for the viewer specs: small generated files (nothing is downloaded at test time) and the
// "Open with" chooser, which the install-default catalogue shows for most kinds of file.
import pngjs from "pngjs";
import type { Locator, Page } from "@playwright/test";
import { expect } from "./support/fixtures";

/** A PNG of one colour (so two pictures differ), `w`×`h` pixels. */
export function png(rgb: [number, number, number], w = 40, h = 30): Buffer {
  const img = new pngjs.PNG({ width: w, height: h });
  for (let i = 0; i < w * h; i++) img.data.set([...rgb, 255], i * 4);
  return pngjs.PNG.sync.write(img);
}

/** The viewer of a file: the full-screen dialog named after it. */
export const viewerOf = (page: Page, name: string | RegExp): Locator => page.getByRole("dialog", { name });

/**
 * Answers the "Open with" chooser when it shows (the catalogue offers several apps for the file),
 * optionally ticking "always use this app".
 */
export async function chooseApp(page: Page, app: string, opts: { always?: boolean } = {}): Promise<void> {
  const chooser = page.getByRole("dialog", { name: /^Open “.*” with$/ });
  await expect(chooser).toBeVisible();
  await chooser.getByRole("button", { name: new RegExp(`^${app}`) }).click();
  if (opts.always) await chooser.getByRole("checkbox", { name: /^Always use this app/ }).check();
  await chooser.getByRole("button", { name: "Open", exact: true }).click();
  await expect(chooser).toBeHidden();
}

/** The query parameters of the page's URL. */
export const params = (page: Page) => new URL(page.url()).searchParams;
