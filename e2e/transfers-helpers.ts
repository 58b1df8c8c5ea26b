// Shared by the transfers-*.spec.ts files: test files on disk, the upload UI, and reading back what
// the server stored (via POST /file/url, as any client would) to compare SHA-256 digests.
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "./support/fixtures";
import { E2E_PREFIX, testHook, type Api } from "./support/api";
import { mkdir } from "./explorer-support";

export const MiB = 1024 * 1024;

/** A temp dir removed by `cleanup()`. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "cr-transfers-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `size` random-looking bytes where every MiB differs (misplaced chunks change the digest). */
export async function bigFile(path: string, size: number): Promise<string> {
  mkdirSync(dirname(path), { recursive: true });
  const block = randomBytes(MiB);
  const hash = createHash("sha256");
  const out = createWriteStream(path);
  for (let off = 0, i = 0; off < size; off += MiB, i++) {
    const part = Buffer.from(block.subarray(0, Math.min(MiB, size - off)));
    part.writeUInt32BE(i, 0);
    hash.update(part);
    if (!out.write(part)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return hash.digest("hex");
}

export function smallFile(path: string, content: string | Buffer): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return sha256(typeof content === "string" ? Buffer.from(content) : content);
}

export const sha256 = (b: Buffer | Uint8Array) => createHash("sha256").update(b).digest("hex");

/** A folder of its own under the account's root, so tests never see each other's files. */
export async function testFolder(api: Api, label: string): Promise<string> {
  const uri = `cloudreve://my/${encodeURIComponent(`${E2E_PREFIX}${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`)}`;
  await mkdir(api, uri);
  return uri;
}

export async function removeFolder(api: Api, uri: string): Promise<void> {
  // Runs in `finally`: a failing cleanup must not hide the error that ended the test.
  await api.call("DELETE", "/file", { uris: [uri], unlink: false, skip_soft_delete: true }).catch(() => undefined);
}

interface ListedFile {
  name: string;
  type: number;
  size: number;
  path: string;
  metadata?: Record<string, string> | null;
}

/** Every entry of a folder (all cursor pages). */
export async function list(api: Api, folder: string): Promise<ListedFile[]> {
  const out: ListedFile[] = [];
  let token = "";
  do {
    const page = await api.ok<{ files: ListedFile[]; pagination: { next_token?: string } }>("GET", "/file", undefined, {
      uri: folder,
      page_size: "1000",
      order_by: "name",
      order_direction: "asc",
      ...(token ? { next_page_token: token } : {}),
    });
    out.push(...page.files);
    token = page.pagination.next_token ?? "";
  } while (token);
  return out;
}

/** Downloads a stored file back through a signed URL and returns its SHA-256. */
export async function storedSha256(api: Api, request: APIRequestContext, uri: string): Promise<string> {
  const { urls } = await api.ok<{ urls: { url: string }[] }>("POST", "/file/url", { uris: [uri], download: true });
  // Read through the site under test: the signature covers the path, and the server's own address
  // (its siteURL) may not be reachable from here.
  const signed = new URL(urls[0]!.url);
  const res = await request.get(signed.pathname + signed.search);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"] ?? "", `${uri} came back as an error envelope`).not.toContain("application/json");
  return sha256(await res.body());
}

/** SHA-256 of many stored files, a few at a time (hundreds at once would only queue on the server). */
export async function storedDigests(api: Api, request: APIRequestContext, uris: string[], concurrency = 8): Promise<string[]> {
  const out: string[] = new Array<string>(uris.length);
  let next = 0;
  const worker = async () => {
    while (next < uris.length) {
      const i = next++;
      out[i] = await storedSha256(api, request, uris[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, uris.length) }, worker));
  return out;
}

/** Opens the explorer on `folder` and picks `paths` through the app bar's Upload menu. */
export async function uploadThroughUi(page: Page, folder: string, paths: string[], opts: { goto?: boolean } = {}): Promise<void> {
  if (opts.goto !== false) await page.goto(`/home?path=${encodeURIComponent(folder)}`);
  await page.getByRole("button", { name: /^Upload($|ing \d)/ }).click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("menuitem", { name: "Upload files" }).click();
  await (await chooser).setFiles(paths);
}

/** The queue panel (a region named by its heading). */
export const queuePanel = (page: Page) => page.getByRole("region", { name: /upload|transfer/i });

/** Waits until the panel says every upload finished. */
export async function expectAllUploaded(page: Page, count: number, timeout = 60_000): Promise<void> {
  await expect(queuePanel(page).getByRole("heading", { level: 2 })).toHaveText(count === 1 ? "1 upload complete" : `${count} uploads complete`, { timeout });
}

/** Names in a zip's central directory (enough of a zip reader to check an archive's contents). */
export function zipEntries(zip: Buffer): string[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file");
  let count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  // ZIP64: the real values live in the ZIP64 end-of-central-directory record.
  if (count === 0xffff || at === 0xffffffff) {
    const loc = eocd - 20;
    const rec = Number(zip.readBigUInt64LE(loc + 8));
    count = Number(zip.readBigUInt64LE(rec + 32));
    at = Number(zip.readBigUInt64LE(rec + 48));
  }
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory");
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLen).toString("utf8"));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** Stand-in only: chunk faults for one account's uploads (others are unaffected). */
export async function setFaults(
  request: APIRequestContext,
  owner: string,
  faults: { chunkFailRate?: number; chunkStallMs?: number; chunkStallRate?: number },
): Promise<void> {
  await testHook(request, "PATCH", "/faults", { owner, ...faults });
}

/** Stand-in only: how many chunk/part requests reached the server for an upload session. */
export async function chunkRequestsOf(request: APIRequestContext, session: string): Promise<number> {
  const c = await testHook<{ chunkRequests: Record<string, number> }>(request, "GET", "/counters");
  return c.chunkRequests[session] ?? 0;
}

/** A queue row by the file's name. */
export const queueRow = (page: Page, name: string) => queuePanel(page).getByRole("listitem").filter({ hasText: name });

/** Matches the app's chunk requests: local chunk POSTs and S3-style part PUTs. */
export const isChunkRequest = (method: string, url: string) =>
  (method === "POST" && /\/api\/v4\/file\/upload\/[^/]+\/\d+$/.test(url)) || (method === "PUT" && /partNumber=/.test(url));
