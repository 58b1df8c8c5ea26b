import { afterEach, describe, expect, it, vi } from "vitest";
import { zipFixture } from "../../../../e2e/support/zipFixture";
import { archiveSource, fallsBackToWhole } from "./source";
import { readDirectory } from "./zip";

const PAGE = "https://cloud.example.com";
const zip = new Uint8Array(
  zipFixture([
    { name: "a.txt", data: "alpha" },
    { name: "docs/b.md", data: "beta" },
  ]),
);

/** A storage that answers ranges (206), refuses them (status), or fails them like a refused CORS preflight. */
function storage(ranges: "ok" | "preflight-refused" | 416 | 500) {
  const calls: Array<{ range: string | null }> = [];
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get("Range");
    calls.push({ range });
    if (!range) return new Response(zip, { status: 200 });
    if (ranges === "preflight-refused") throw new TypeError("Failed to fetch");
    if (typeof ranges === "number") return new Response("", { status: ranges });
    const [, a, b] = /bytes=(\d+)-(\d+)/.exec(range)!;
    return new Response(zip.slice(Number(a), Number(b) + 1), { status: 206 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe("choosing between range reads and a whole download", () => {
  it("downloads the whole file when another origin refuses the range request", () => {
    expect(fallsBackToWhole("https://bucket.s3.example.net/a.zip?sig=1", PAGE, { kind: "network", error: new TypeError() })).toBe(true);
  });

  it("treats a network error on the page's own origin as a failure (a whole download would fail too)", () => {
    expect(fallsBackToWhole("/api/v4/file/content/x/0/a.zip?sign=1", PAGE, { kind: "network", error: new TypeError() })).toBe(false);
    expect(fallsBackToWhole(`${PAGE}/f/abc/a.zip`, PAGE, { kind: "network", error: new TypeError() })).toBe(false);
  });

  it("downloads the whole file when ranges are refused (416, 501) on any origin, not on other errors", () => {
    expect(fallsBackToWhole("/f/a.zip", PAGE, { kind: "status", status: 416 })).toBe(true);
    expect(fallsBackToWhole("/f/a.zip", PAGE, { kind: "status", status: 501 })).toBe(true);
    expect(fallsBackToWhole("https://other.example/a.zip", PAGE, { kind: "status", status: 403 })).toBe(false);
    expect(fallsBackToWhole("https://other.example/a.zip", PAGE, { kind: "status", status: 500 })).toBe(false);
  });
});

describe("archive source", () => {
  it("lists by range requests where the storage allows them", async () => {
    const calls = storage("ok");
    const onWhole = vi.fn();
    const entries = await readDirectory(archiveSource("https://bucket.example.net/a.zip", zip.length, { pageOrigin: PAGE, onWhole }));
    expect(entries.map((e) => e.name)).toEqual(["a.txt", "docs/b.md"]);
    expect(calls.every((c) => c.range !== null)).toBe(true);
    expect(onWhole).not.toHaveBeenCalled();
  });

  it("lists a cross-origin archive whose storage refuses ranges from one plain download, and says so", async () => {
    const calls = storage("preflight-refused");
    const onWhole = vi.fn();
    const entries = await readDirectory(archiveSource("https://bucket.example.net/a.zip", zip.length, { pageOrigin: PAGE, onWhole }));
    expect(entries.map((e) => e.name)).toEqual(["a.txt", "docs/b.md"]);
    expect(onWhole).toHaveBeenCalledOnce();
    expect(calls.filter((c) => c.range === null)).toHaveLength(1);
  });

  it("falls back on 416 and fails on a server error", async () => {
    storage(416);
    expect((await readDirectory(archiveSource("/f/a.zip", zip.length, { pageOrigin: PAGE }))).length).toBe(2);
    storage(500);
    await expect(readDirectory(archiveSource("/f/a.zip", zip.length, { pageOrigin: PAGE }))).rejects.toThrow("HTTP 500");
  });
});
