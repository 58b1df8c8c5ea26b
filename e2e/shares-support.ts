// Helpers for the share specs: files with known bytes and share links made through the API.
import { createHash, randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import type { Api } from "./support/api";

export const sha256 = (b: Buffer | Uint8Array) => createHash("sha256").update(b).digest("hex");

/** Writes `content` to a file (created when missing) and returns the bytes written. */
export async function putFile(api: Api, uri: string, content: Buffer | string = randomBytes(2048)): Promise<Buffer> {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
  const res = await api.request.fetch(`/api/v4/file/content?uri=${encodeURIComponent(uri)}`, {
    method: "PUT",
    data,
    headers: { Authorization: `Bearer ${api.token}`, "Content-Type": "application/octet-stream" },
  });
  const env = (await res.json()) as { code: number; msg: string };
  if (env.code !== 0) throw new Error(`PUT content ${uri} → ${env.code} ${env.msg}`);
  return data;
}

export interface ShareOptions {
  is_private?: boolean;
  password?: string;
  downloads?: number;
  expire?: number;
}

/** Creates a share link and returns its URL (`<site>/s/<id>[/<password>]`) and id. */
export async function shareLink(api: Api, uri: string, opts: ShareOptions = {}): Promise<{ url: string; id: string }> {
  const url = await api.ok<string>("PUT", "/share", { uri, ...opts });
  return { url, id: new URL(url).pathname.split("/")[2]! };
}

/** A signed-out visitor: a browser context with no session at all. */
export async function visitor(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  return context.newPage();
}

/** The path of a share URL on this site (the server's absolute URL may name another host). */
export const sharePath = (url: string) => new URL(url).pathname;
