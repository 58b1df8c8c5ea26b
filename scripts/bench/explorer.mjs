// Explorer figures for a 10,000-entry folder on the stand-in, per layout: time from opening the
// folder to its first rows, then, while scrolling to the last entry, the most items mounted at once
// and the longest main-thread task.
// The functions passed to evaluate() run in the page.
/* global document, requestAnimationFrame, MouseEvent */
import { call } from "./api.mjs";

const COUNT = 10_000;
const LAYOUTS = ["list", "grid", "gallery"];

/** A user of its own whose root holds one folder, "Big", with COUNT files. */
async function fixture(base) {
  const account = { email: `bench-${Date.now()}@example.com`, password: "bench-password-1" };
  await call(base, "POST", "/api/__test/users", { body: { ...account, group: "user" } });
  await call(base, "POST", "/api/__test/files/bulk", { body: { owner: account.email, uri: "cloudreve://my/Big", count: COUNT } });
  const auth = await call(base, "POST", "/api/v4/session/token", { body: account });
  return { auth, folder: "cloudreve://my/Big", last: `file-${String(COUNT)}.txt` };
}

function withTimeout(promise, what, ms = 120_000) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`explorer bench: ${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function runLayout(browser, base, { auth, folder, last }, layout) {
  await call(base, "PATCH", "/api/v4/file/view", {
    body: { uri: folder, view: { page_size: 100, order: "name", order_direction: "asc", view: layout, thumbnail: true, gallery_width: 220 } },
    token: auth.token.access_token,
  });
  const state = JSON.stringify({
    current: auth.user.id,
    sessions: { [auth.user.id]: { user: auth.user, token: auth.token, settings: {} } },
    anonymousSettings: {},
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((value) => localStorage.setItem("cloudreve_session", value), state);
  const page = await context.newPage();
  try {
    await page.goto(`${base}/home?path=${encodeURIComponent("cloudreve://my")}`);
    const big = page.locator("[data-explorer-view] [data-index]").filter({ hasText: "Big" }).first();
    await big.waitFor();

    // Open the folder as a user does (double click) and time it inside the page, up to the frame
    // in which its first item is mounted.
    const firstRowsMs = await withTimeout(
      big.evaluate(
        (el) =>
          new Promise((resolve) => {
            const start = performance.now();
            const check = () => {
              const first = document.querySelector('[data-explorer-view] [data-index="0"]');
              if (first?.getAttribute("aria-label")?.startsWith("file-")) resolve(performance.now() - start);
              else requestAnimationFrame(check);
            };
            // A double click is two clicks (the first selects) and then the dblclick event.
            el.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
            requestAnimationFrame(() => {
              el.dispatchEvent(new MouseEvent("dblclick", { bubbles: true, detail: 2 }));
              requestAnimationFrame(check);
            });
          }),
      ),
      `${layout}: opening the folder`,
    );

    const { maxMounted, longestTask } = await withTimeout(
      page.evaluate(
        (lastName) =>
          new Promise((resolve) => {
            let longestTask = 0;
            const obs = new PerformanceObserver((list) => {
              for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
            });
            obs.observe({ type: "longtask" });
            const view = document.querySelector("[data-explorer-view]");
            let maxMounted = 0;
            const tick = () => {
              view.scrollTo({ top: view.scrollHeight });
              const items = view.querySelectorAll("[data-index]");
              maxMounted = Math.max(maxMounted, items.length);
              const done = [...items].some((el) => (el.getAttribute("aria-label") ?? "").startsWith(lastName));
              if (done) {
                // Let the observer deliver the last entries.
                setTimeout(() => {
                  obs.disconnect();
                  resolve({ maxMounted, longestTask });
                }, 100);
              } else requestAnimationFrame(tick);
            };
            tick();
          }),
        last,
      ),
      `${layout}: scrolling to the last entry`,
    );
    return { firstRowsMs, maxMounted, longestTask };
  } finally {
    await context.close();
  }
}

export async function benchExplorer({ browser, base, record }) {
  const fx = await fixture(base);
  for (const layout of LAYOUTS) {
    const r = await runLayout(browser, base, fx, layout);
    record(`explorer_10k_first_rows_ms_${layout}`, Math.round(r.firstRowsMs));
    record(`explorer_10k_max_mounted_items_${layout}`, r.maxMounted);
    record(`explorer_10k_longest_task_ms_${layout}`, Math.round(r.longestTask));
  }
}
