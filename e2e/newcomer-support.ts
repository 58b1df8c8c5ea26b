// Checks shared by the newcomer specs: what sticks out sideways, what is cut short, and layouts
// chosen the way a phone user can.
import type { Locator, Page } from "@playwright/test";
import { expect } from "./support/fixtures";

export const WIDTHS = [1280, 360] as const;
export const sizeFor = (width: number) => ({ width, height: width === 360 ? 780 : 800 });

export async function expectNoSidewaysScroll(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
}

/**
 * Texts inside `scope` that are cut short: clipped or ellipsised sideways, or clamped to fewer
 * lines than they need.
 */
export function cutTexts(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const out: string[] = [];
    for (const el of [root, ...root.querySelectorAll<HTMLElement>("*")]) {
      const s = getComputedStyle(el);
      if (!el.textContent?.trim() || s.display === "none") continue;
      const clipsX = s.overflowX === "hidden" || s.overflowX === "clip";
      const clamped = s.webkitLineClamp !== "none" && s.webkitLineClamp !== "";
      if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clamped && el.scrollHeight > el.clientHeight + 1)) out.push(el.textContent.trim());
    }
    return out;
  });
}

/** Elements inside `scope` that scroll or clip sideways because their content is too wide. */
export function sidewaysOverflow(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) =>
    [root, ...root.querySelectorAll<HTMLElement>("*")]
      .filter((el) => getComputedStyle(el).overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName}.${el.className}`),
  );
}

/** A value of a details list (`<dt>label</dt><dd>value</dd>`). */
export const detail = (scope: Locator, label: string) =>
  scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");

/** Layout through View options: the layout buttons of the toolbar are not shown on phones. */
export async function layoutOnAnyWidth(page: Page, layout: "List" | "Grid" | "Gallery") {
  await page.getByRole("button", { name: "View options" }).click();
  const options = page.getByRole("dialog", { name: "View options" });
  await options.getByRole("button", { name: layout, exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(options).toBeHidden();
  // Focus and pointer off the button, so its tooltip does not fade in while a check reads the page.
  await page.mouse.move(1, (page.viewportSize()?.height ?? 600) / 2);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.getByRole("tooltip")).toHaveCount(0);
}
