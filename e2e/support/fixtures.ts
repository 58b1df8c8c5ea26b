import { test as base, expect, type Page } from "@playwright/test";
import { Api, E2E_PREFIX, freshAccount, signInPage, type Account, type AccountStorage, type LoginData } from "./api";
import { axeViolations } from "./axe";
import { isRealServer } from "./target";

interface Fixtures {
  /** Stand-in only: the storage policy of the test's fresh account (`test.use({ accountStorage })`). */
  accountStorage: AccountStorage | undefined;
  /** An account of its own for this test (stand-in) or the configured real account. */
  account: Account;
  /** API client signed in as `account`. */
  api: Api;
  login: LoginData;
  /** A page whose storage already holds the signed-in session. */
  userPage: Page;
}

export const test = base.extend<Fixtures>({
  accountStorage: [undefined, { option: true }],
  account: async ({ request, accountStorage }, use) => {
    await use(await freshAccount(request, "user", accountStorage));
  },
  login: async ({ request, account }, use) => {
    await use(await new Api(request).login(account));
  },
  api: async ({ request, login }, use) => {
    const api = new Api(request, login.token.access_token);
    await use(api);
    // A real server's account is shared by every test: leave its trash as it was.
    if (isRealServer()) await purgeTestTrash(api).catch(() => undefined);
  },
  userPage: async ({ page, login }, use) => {
    await signInPage(page, login);
    await use(page);
  },
});

export { expect };

/** Deletes for good what tests moved to the trash from their own folders. */
async function purgeTestTrash(api: Api): Promise<void> {
  const trash = await api.list<{ files: { path: string; metadata?: Record<string, string> | null }[] }>("cloudreve://trash");
  const ours = trash.files.filter((f) => f.metadata?.["sys:restore_uri"]?.startsWith(`cloudreve://my/${E2E_PREFIX}`)).map((f) => f.path);
  if (ours.length) await api.call("DELETE", "/file", { uris: ours, skip_soft_delete: true });
}

/** No serious or critical accessibility violations on the current page. */
export async function expectAxeClean(page: Page, context?: string): Promise<void> {
  // Mid-transition colours are half-faded: judge contrast on the settled page (after a frame, so
  // transitions that are about to start have started).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity));
  const violations = await axeViolations(page, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n");
  expect(bad, `${context ?? page.url()}\n${report}`).toEqual([]);
}
