// Viewer figures on the stand-in: from opening a 4000×3000 JPEG to its first pixels on screen
// (`viewer_image_first_ms`), and from opening a 1 MB text file to an editable editor holding it
// (`viewer_text_1mb_open_ms`). Each is opened the way a user does, by double-clicking its row, with
// the viewer already chosen for the extension, right after the folder appeared; the viewer's own
// code is first fetched on that click.
// The functions passed to evaluate() run in the page.
/* global document, requestAnimationFrame, MouseEvent, OffscreenCanvas */
import { call } from "./api.mjs";

const FOLDER = "cloudreve://my/Viewers";

async function fixture(base) {
  const account = { email: `bench-viewers-${Date.now()}@example.com`, password: "bench-password-1" };
  await call(base, "POST", "/api/__test/users", { body: { ...account, group: "user" } });
  const auth = await call(base, "POST", "/api/v4/session/token", { body: account });
  await call(base, "POST", "/api/v4/file/create", { body: { uri: FOLDER, type: "folder" }, token: auth.token.access_token });
  // 1 MB of code-like lines.
  const line = "const value = computeSomething(alpha, beta, gamma); // a typical line of source\n";
  const text = line.repeat(Math.ceil((1024 * 1024) / line.length)).slice(0, 1024 * 1024);
  const put = await fetch(`${base}/api/v4/file/content?uri=${encodeURIComponent(`${FOLDER}/big.txt`)}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${auth.token.access_token}`, "Content-Type": "application/octet-stream" },
    body: text,
  });
  if ((await put.json()).code !== 0) throw new Error("viewer bench: the text file could not be stored");
  return auth;
}

function withTimeout(promise, what, ms = 120_000) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`viewer bench: ${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * Double-clicks the row of `name` and resolves with the ms until, in some frame, the viewer shows:
 * "image" = an image of the lightbox has pixels; "text" = the editor is editable and holds text.
 */
function openAndTime(page, name, kind) {
  return page.evaluate(
    ([rowName, what]) =>
      new Promise((resolve) => {
        const row = [...document.querySelectorAll("[data-explorer-view] [data-index]")].find((el) => (el.getAttribute("aria-label") ?? "").startsWith(rowName));
        const ready = () => {
          if (what === "image") {
            const img = document.querySelector("[role=dialog] img[data-state]");
            return Boolean(img && img.complete && img.naturalWidth > 0);
          }
          const el = document.querySelector("[role=dialog] .cm-content[contenteditable=true]");
          return Boolean(el && el.textContent);
        };
        const start = performance.now();
        const check = () => (ready() ? resolve(performance.now() - start) : requestAnimationFrame(check));
        row.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1 }));
        requestAnimationFrame(() => {
          row.dispatchEvent(new MouseEvent("dblclick", { bubbles: true, detail: 2 }));
          requestAnimationFrame(check);
        });
      }),
    [name, kind],
  );
}

export async function benchViewers({ browser, base, record }) {
  const auth = await fixture(base);
  const settings = { open_with_jpg: "image", open_with_txt: "monaco" };
  const state = JSON.stringify({
    current: auth.user.id,
    sessions: { [auth.user.id]: { user: auth.user, token: auth.token, settings } },
    anonymousSettings: {},
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((value) => localStorage.setItem("cloudreve_session", value), state);
  const page = await context.newPage();
  try {
    await page.goto(`${base}/home?path=${encodeURIComponent(FOLDER)}`);
    // The photo is encoded by the browser (no image library needed): a gradient with noise, so it
    // compresses like a photograph rather than like a flat colour.
    await page.evaluate(
      async ([uri, token]) => {
        const canvas = new OffscreenCanvas(4000, 3000);
        const ctx = canvas.getContext("2d");
        const g = ctx.createLinearGradient(0, 0, 4000, 3000);
        g.addColorStop(0, "#1d3557");
        g.addColorStop(0.5, "#e9c46a");
        g.addColorStop(1, "#2a9d8f");
        ctx.fillStyle = g;
        ctx.fillRect(0, 0, 4000, 3000);
        for (let i = 0; i < 40000; i++) {
          ctx.fillStyle = `hsl(${(i * 37) % 360} 60% 50% / 0.35)`;
          ctx.fillRect((i * 7919) % 4000, (i * 104729) % 3000, 6, 6);
        }
        const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.9 });
        const res = await fetch(`/api/v4/file/content?uri=${encodeURIComponent(uri)}`, {
          method: "PUT",
          headers: { Authorization: `Bearer ${token}` },
          body: blob,
        });
        if ((await res.json()).code !== 0) throw new Error("photo not stored");
      },
      [`${FOLDER}/photo.jpg`, auth.token.access_token],
    );
    // A server makes a photo's thumbnail once, long before anyone opens it; here too, so the
    // timed opening does not include making it.
    const thumb = await call(base, "GET", "/api/v4/file/thumb", { query: { uri: `${FOLDER}/photo.jpg` }, token: auth.token.access_token });
    await (await fetch(thumb.url)).arrayBuffer();
    await page.reload();
    await page.locator("[data-explorer-view] [data-index]").filter({ hasText: "photo.jpg" }).first().waitFor();

    const imageMs = await withTimeout(openAndTime(page, "photo.jpg", "image"), "opening the photo");
    record("viewer_image_first_ms", Math.round(imageMs));
    await page.keyboard.press("Escape");
    await page.locator("[role=dialog]").waitFor({ state: "detached" });

    const textMs = await withTimeout(openAndTime(page, "big.txt", "text"), "opening the text file");
    record("viewer_text_1mb_open_ms", Math.round(textMs));
  } finally {
    await context.close();
  }
}
