// The requests each storage driver makes (docs/server-behaviour.md, "Uploads" and "Storage policies and upload drivers"), through a fake XMLHttpRequest:
// methods, URLs, headers, exact byte ranges, ordering, completion and callbacks — and that our
// bearer token only ever goes to our own API.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { planChunks } from "../chunkPlan";
import type { UploadSession } from "../types";
import { driverFor } from "./index";
import type { DriverContext } from "./types";

vi.mock("../auth", () => ({
  bearerHeader: async () => ({ Authorization: "Bearer our-token" }),
  currentUid: () => "u1",
}));

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Reply = { status: number; text?: string; headers?: Record<string, string> };

let sent: Sent[] = [];
let reply: (req: Sent) => Reply = () => ({ status: 200, text: '{"code":0}' });

class FakeXhr {
  private req: Sent = { method: "", url: "", headers: {}, body: null };
  private res: Reply = { status: 0 };
  upload: { onprogress: ((e: { loaded: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onprogress: (() => void) | null = null;
  open(method: string, url: string) {
    this.req = { method, url, headers: {}, body: null };
  }
  setRequestHeader(k: string, v: string) {
    this.req.headers[k] = v;
  }
  send(body: unknown) {
    this.req.body = body;
    sent.push(this.req);
    this.res = reply(this.req);
    setTimeout(() => this.onload?.(), 0);
  }
  abort() {}
  get status() {
    return this.res.status;
  }
  get responseText() {
    return this.res.text ?? "";
  }
  getResponseHeader(name: string) {
    return this.res.headers?.[name] ?? null;
  }
}

beforeEach(() => {
  sent = [];
  reply = () => ({ status: 200, text: '{"code":0}' });
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

const SIZE = 10_000;
const CHUNK = 4_000;

function ctx(type: string, session: Partial<UploadSession>, over: Partial<DriverContext> = {}): DriverContext {
  const file = new Blob([new Uint8Array(SIZE).map((_, i) => i % 251)]);
  const etags: (string | null)[] = [];
  return {
    file,
    session: {
      session_id: "sess",
      chunk_size: CHUNK,
      expires: 0,
      callback_secret: "secret",
      uri: "cloudreve://my/a.bin",
      ...session,
      storage_policy: { id: "p", type },
    } as UploadSession,
    chunks: planChunks(SIZE, CHUNK),
    done: new Set(),
    etags,
    concurrency: 3,
    ordered: driverFor({ type }).ordered,
    signal: new AbortController().signal,
    onProgress: () => {},
    // As the manager does: part ETags are kept for completion.
    onChunkDone: (i, etag) => {
      if (etag !== undefined) etags[i] = etag;
    },
    ...over,
  };
}

async function run(type: string, session: Partial<UploadSession>, relay = false) {
  const c = ctx(type, session);
  const driver = driverFor({ type, relay });
  await driver.upload(c);
  await driver.complete(c);
  return c;
}

const size = (b: unknown) => (b instanceof Blob ? b.size : typeof b === "string" ? b.length : -1);

/** Every request that leaves our API must not carry our token. */
function expectNoTokenOutsideApi() {
  for (const r of sent) if (!r.url.startsWith("/api/v4/")) expect(r.headers.Authorization ?? "", r.url).not.toMatch(/^Bearer /);
}

describe("local and relay", () => {
  it.each([
    ["local", false],
    ["s3", true],
  ])("%s (relay %s) POSTs exact chunks to our API with the bearer token, the last chunk last", async (type, relay) => {
    await run(type, {}, relay);
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /api/v4/file/upload/sess/0",
      "POST /api/v4/file/upload/sess/1",
      "POST /api/v4/file/upload/sess/2",
    ]);
    expect(sent.map((r) => size(r.body))).toEqual([4000, 4000, 2000]);
    for (const r of sent) expect(r.headers).toMatchObject({ Authorization: "Bearer our-token", "Content-Type": "application/octet-stream" });
  });
});

describe("remote (slave node)", () => {
  it("POSTs chunks to the node with the node's credential, never our token", async () => {
    await run("remote", { upload_urls: ["https://node.example/api/v3/slave/upload/sess"], credential: "Bearer node-signed" });
    expect(sent.map((r) => r.url)).toEqual([0, 1, 2].map((i) => `https://node.example/api/v3/slave/upload/sess?chunk=${i}`));
    for (const r of sent) expect(r.headers.Authorization).toBe("Bearer node-signed");
    expect(sent.map((r) => size(r.body))).toEqual([4000, 4000, 2000]);
  });
});

describe("S3-style object storage", () => {
  const urls = [1, 2, 3].map((n) => `https://bucket.example/key?partNumber=${n}&sig=x`);
  beforeEach(() => {
    reply = (r) =>
      r.method === "PUT"
        ? { status: 200, headers: { ETag: `"e${r.url.match(/partNumber=(\d)/)![1]}"` } }
        : { status: 200, text: r.url.startsWith("/api") ? '{"code":0}' : "<CompleteMultipartUploadResult/>" };
  });

  it("s3: part PUTs without a token, CompleteMultipartUpload with the ETags, then a GET callback", async () => {
    await run("s3", { upload_urls: urls, completeURL: "https://bucket.example/key?uploadId=u&sig=c" });
    const puts = sent.filter((r) => r.method === "PUT");
    expect(puts.map((r) => r.url).sort()).toEqual(urls);
    expect(puts.map((r) => size(r.body)).sort()).toEqual([2000, 4000, 4000]);
    for (const r of puts) expect(r.headers["Content-Type"]).toBeUndefined();
    const complete = sent.find((r) => r.method === "POST")!;
    expect(complete.url).toBe("https://bucket.example/key?uploadId=u&sig=c");
    expect(complete.body).toBe(
      "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&quot;e1&quot;</ETag></Part><Part><PartNumber>2</PartNumber><ETag>&quot;e2&quot;</ETag></Part><Part><PartNumber>3</PartNumber><ETag>&quot;e3&quot;</ETag></Part></CompleteMultipartUpload>",
    );
    expect(sent.at(-1)).toMatchObject({ method: "GET", url: "/api/v4/callback/s3/sess/secret" });
    expect(sent.at(-1)!.headers.Authorization).toBeUndefined();
    expectNoTokenOutsideApi();
  });

  it("cos signs parts for octet-stream, forbids overwrite on completion and calls back with GET", async () => {
    await run("cos", { upload_urls: urls, completeURL: "https://bucket.example/key?uploadId=u" });
    for (const r of sent.filter((x) => x.method === "PUT")) expect(r.headers["Content-Type"]).toBe("application/octet-stream");
    expect(sent.find((r) => r.method === "POST")!.headers["x-cos-forbid-overwrite"]).toBe("true");
    expect(sent.at(-1)).toMatchObject({ method: "GET", url: "/api/v4/callback/cos/sess/secret" });
    expectNoTokenOutsideApi();
  });

  it("oss completes with complete-all and no body, and leaves the callback to OSS", async () => {
    await run("oss", { upload_urls: urls, completeURL: "https://bucket.example/key?uploadId=u" });
    const complete = sent.at(-1)!;
    expect(complete).toMatchObject({ method: "POST", url: "https://bucket.example/key?uploadId=u", body: null });
    expect(complete.headers).toMatchObject({ "x-oss-complete-all": "yes", "x-oss-forbid-overwrite": "true" });
    expect(sent.some((r) => r.url.includes("/callback/"))).toBe(false);
  });

  it("obs calls back with POST", async () => {
    await run("obs", { upload_urls: urls, completeURL: "https://bucket.example/key?uploadId=u" });
    expect(sent.at(-1)).toMatchObject({ method: "POST", url: "/api/v4/callback/obs/sess/secret" });
    expectNoTokenOutsideApi();
  });
});

describe("onedrive", () => {
  it("PUTs Content-Range fragments in order, then POSTs the callback", async () => {
    reply = (r) => {
      if (r.url.startsWith("/api")) return { status: 200, text: '{"code":0}' };
      const end = Number(/bytes \d+-(\d+)\//.exec(r.headers["Content-Range"]!)![1]) + 1;
      return end === SIZE ? { status: 201, text: "{}" } : { status: 202, text: JSON.stringify({ nextExpectedRanges: [`${end}-`] }) };
    };
    await run("onedrive", { upload_urls: ["https://graph.example/upload/session"] });
    const puts = sent.filter((r) => r.method === "PUT");
    expect(puts.map((r) => r.headers["Content-Range"])).toEqual(["bytes 0-3999/10000", "bytes 4000-7999/10000", "bytes 8000-9999/10000"]);
    for (const r of puts) expect(r.headers.Authorization).toBeUndefined();
    expect(sent.at(-1)).toMatchObject({ method: "POST", url: "/api/v4/callback/onedrive/sess/secret" });
  });
});

describe("qiniu", () => {
  it("PUTs numbered parts with the UpToken, then POSTs the part list", async () => {
    reply = (r) => ({ status: 200, text: r.method === "PUT" ? JSON.stringify({ etag: `q${r.url.split("/").pop()}` }) : "{}" });
    await run("qiniu", { upload_urls: ["https://up.qiniu.example/buckets/b/objects/k/uploads/u"], credential: "tok", mime_type: "text/plain" });
    const puts = sent.filter((r) => r.method === "PUT");
    expect(puts.map((r) => r.url).sort()).toEqual([1, 2, 3].map((n) => `https://up.qiniu.example/buckets/b/objects/k/uploads/u/${n}`));
    for (const r of puts) expect(r.headers.Authorization).toBe("UpToken tok");
    const done = sent.at(-1)!;
    expect(done).toMatchObject({ method: "POST", url: "https://up.qiniu.example/buckets/b/objects/k/uploads/u" });
    expect(JSON.parse(done.body as string)).toEqual({
      parts: [
        { etag: "q1", partNumber: 1 },
        { etag: "q2", partNumber: 2 },
        { etag: "q3", partNumber: 3 },
      ],
      mimeType: "text/plain",
    });
  });
});

describe("upyun", () => {
  it("sends one multipart form with the policy, the signature and the whole file", async () => {
    await run("upyun", { upload_urls: ["https://v0.api.upyun.example/bucket"], upload_policy: "pol", credential: "UPYUN op:sig", mime_type: "image/png" });
    expect(sent).toHaveLength(1);
    const form = sent[0]!.body as FormData;
    expect(sent[0]).toMatchObject({ method: "POST", url: "https://v0.api.upyun.example/bucket" });
    expect(form.get("policy")).toBe("pol");
    expect(form.get("authorization")).toBe("UPYUN op:sig");
    expect(form.get("content-type")).toBe("image/png");
    expect((form.get("file") as Blob).size).toBe(SIZE);
    expect(sent[0]!.headers.Authorization).toBeUndefined();
  });
});
