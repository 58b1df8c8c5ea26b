// Upload figures: a 1 GiB file uploaded through the UI to the stand-in's local policy, compared with
// a plain sequential chunked POST of the same chunks from Node to the same server in the same run,
// and the page's peak JS heap while it uploads (the file must be streamed, never held in memory).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { call } from "./api.mjs";

const MiB = 1024 * 1024;
const SIZE = 1024 * MiB;

/** Writes `size` bytes where every MiB differs (cheap to make, not compressible by accident). */
async function makeFile(path, size) {
  const block = randomBytes(MiB);
  const out = createWriteStream(path);
  for (let i = 0; i * MiB < size; i++) {
    const part = Buffer.from(block.subarray(0, Math.min(MiB, size - i * MiB)));
    part.writeUInt32BE(i, 0);
    if (!out.write(part)) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}

async function fileSha256(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest("hex");
}

/** SHA-256 of what the server stored, read back through a signed download URL on the bench server. */
async function storedSha256(base, token, uri) {
  const { urls } = await call(base, "POST", "/api/v4/file/url", { token, body: { uris: [uri], download: true } });
  const signed = new URL(urls[0].url);
  const res = await fetch(`${base}${signed.pathname}${signed.search}`);
  if (!res.ok) throw new Error(`download of ${uri} → HTTP ${res.status}`);
  const hash = createHash("sha256");
  for await (const chunk of res.body) hash.update(chunk);
  return hash.digest("hex");
}

/** A fresh account on the local policy (site chunk size), signed in. */
async function account(base) {
  const creds = { email: `bench-${randomUUID().slice(0, 8)}@example.com`, password: `pw-${randomUUID()}` };
  await call(base, "POST", "/api/__test/users", { body: { ...creds, group: "user", policy_type: "local" } });
  return call(base, "POST", "/api/v4/session/token", { body: creds });
}

/** The baseline: one session, then every chunk POSTed in order, each read from disk just before. */
async function rawUpload(base, token, folder, path) {
  // A normal listing with its parameters (one without them would rewrite the server's shared default view).
  const { storage_policy: policy } = await call(base, "GET", "/api/v4/file", {
    token,
    query: { uri: folder, page_size: "100", order_by: "name", order_direction: "asc" },
  });
  const started = performance.now();
  const session = await call(base, "PUT", "/api/v4/file/upload", {
    token,
    body: { uri: `${folder}/raw.bin`, size: SIZE, policy_id: policy.id, last_modified: Date.now() },
  });
  const file = await open(path);
  try {
    const chunk = session.chunk_size || SIZE;
    for (let i = 0; i * chunk < SIZE; i++) {
      const len = Math.min(chunk, SIZE - i * chunk);
      const buf = Buffer.allocUnsafe(len);
      await file.read(buf, 0, len, i * chunk);
      const res = await fetch(`${base}/api/v4/file/upload/${session.session_id}/${i}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/octet-stream", "Content-Length": String(len) },
        body: buf,
      });
      const env = await res.json();
      if (env.code !== 0) throw new Error(`raw chunk ${i} → ${env.code} ${env.msg}`);
    }
  } finally {
    await file.close();
  }
  return (performance.now() - started) / 1000;
}

/** Through the UI: pick the file in the Upload menu, wait for the panel to report it complete. */
async function uiUpload(browser, base, auth, folder, path) {
  const context = await browser.newContext();
  const state = JSON.stringify({
    current: auth.user.id,
    sessions: { [auth.user.id]: { user: auth.user, token: auth.token, settings: {} } },
    anonymousSettings: {},
  });
  await context.addInitScript((value) => localStorage.setItem("cloudreve_session", value), state);
  const page = await context.newPage();
  try {
    await page.goto(`${base}/home?path=${encodeURIComponent(folder)}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = await cdp.send("Performance.getMetrics");
        peak = Math.max(peak, metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    await page.getByRole("button", { name: /^Upload/ }).click();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("menuitem", { name: "Upload files" }).click();
    const picker = await chooser;
    const started = performance.now();
    await picker.setFiles(path);
    await page
      .getByRole("region", { name: /upload|transfer/i })
      .getByRole("heading", { level: 2, name: "1 upload complete" })
      .waitFor({ timeout: 30 * 60_000 });
    const seconds = (performance.now() - started) / 1000;
    sampling = false;
    await sampler;
    return { seconds, peakHeapMb: peak / MiB };
  } finally {
    await context.close();
  }
}

export async function benchUpload({ browser, base, record }) {
  const dir = mkdtempSync(join(tmpdir(), "cloudreve-bench-upload-"));
  try {
    const path = join(dir, "one-gib.bin");
    await makeFile(path, SIZE);
    const auth = await account(base);
    const folder = "cloudreve://my/bench-upload";
    await call(base, "POST", "/api/v4/file/create", { token: auth.token.access_token, body: { uri: folder, type: "folder" } });

    const ui = await uiUpload(browser, base, auth, folder, path);
    const rawSeconds = await rawUpload(base, auth.token.access_token, folder, path);
    const mibs = SIZE / MiB / ui.seconds;
    record("upload_1gib_mib_s", Number(mibs.toFixed(1)));
    record("upload_1gib_ratio_vs_raw", Number((mibs / (SIZE / MiB / rawSeconds)).toFixed(3)));
    record("upload_1gib_peak_heap_mb", Number(ui.peakHeapMb.toFixed(1)));
    const [local, stored] = await Promise.all([fileSha256(path), storedSha256(base, auth.token.access_token, `${folder}/one-gib.bin`)]);
    record("upload_1gib_sha_ok", local === stored ? 1 : 0);
    await call(base, "DELETE", "/api/v4/file", { token: auth.token.access_token, body: { uris: [folder], skip_soft_delete: true } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
