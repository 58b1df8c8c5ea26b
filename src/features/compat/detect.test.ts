import { describe, expect, it } from "vitest";
import { detectServer, pingVersion } from "./detect";

/** A fetch that answers each path from a table; anything else is gin's plain 404. */
const server = (routes: Record<string, { status?: number; body: string }>): typeof fetch =>
  (async (input: RequestInfo | URL) => {
    const r = routes[String(input)];
    return new Response(r?.body ?? "404 page not found", { status: r?.status ?? (r ? 200 : 404) });
  }) as typeof fetch;

describe("detectServer", () => {
  it("recognises a Cloudreve 4 server by its v4 ping", async () => {
    const f = server({ "/api/v4/site/ping": { body: '{"code":0,"data":"4.0.0-2","msg":""}' } });
    expect(await detectServer(f)).toEqual({ kind: "v4" });
  });

  it("names the version of a Cloudreve 3 server", async () => {
    const f = server({ "/api/v3/site/ping": { body: '{"code":0,"data":"3.8.3","msg":""}' } });
    expect(await detectServer(f)).toEqual({ kind: "v3", version: "3.8.3" });
  });

  it("calls anything else not Cloudreve: HTML pages, error envelopes, network failures", async () => {
    const html = server({ "/api/v4/site/ping": { body: "<!doctype html><p>hi" }, "/api/v3/site/ping": { body: "<!doctype html><p>hi" } });
    expect(await detectServer(html)).toEqual({ kind: "other" });
    const failing = server({ "/api/v3/site/ping": { body: '{"code":500,"data":"","msg":"x"}' } });
    expect(await detectServer(failing)).toEqual({ kind: "other" });
    const down = (async () => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch;
    expect(await detectServer(down)).toEqual({ kind: "other" });
  });
});

describe("pingVersion", () => {
  it("accepts only a successful envelope with a version text", () => {
    expect(pingVersion({ code: 0, data: " 3.8.3 " })).toBe("3.8.3");
    expect(pingVersion({ code: 0, data: "" })).toBeUndefined();
    expect(pingVersion({ code: 1, data: "3.8.3" })).toBeUndefined();
    expect(pingVersion("3.8.3")).toBeUndefined();
  });
});
