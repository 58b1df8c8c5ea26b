import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchFileText } from "./content";
import { ApiError, HttpError } from "./errors";

function serve(body: string, init: ResponseInit) {
  const calls: RequestInit[] = [];
  vi.stubGlobal("fetch", async (_url: string, req: RequestInit) => {
    calls.push(req);
    return new Response(body, init);
  });
  return calls;
}
afterEach(() => vi.unstubAllGlobals());

describe("fetchFileText", () => {
  it("returns the text of a file, sending no credentials", async () => {
    const calls = serve("# Hello", { status: 200, headers: { "Content-Type": "text/markdown" } });
    expect(await fetchFileText("https://storage.example/readme")).toBe("# Hello");
    expect(calls[0]!.credentials).toBe("omit");
  });

  it("turns an error envelope answered with HTTP 200 into an ApiError", async () => {
    serve('{"code":40071,"msg":"invalid sign"}', { status: 200, headers: { "Content-Type": "application/json; charset=utf-8" } });
    await expect(fetchFileText("/api/v4/file/content/x")).rejects.toEqual(new ApiError(40071, "invalid sign"));
  });

  it("keeps a JSON file that merely looks like data", async () => {
    serve('{"code":0,"msg":"ok"}', { status: 200, headers: { "Content-Type": "application/json" } });
    expect(await fetchFileText("/f")).toBe('{"code":0,"msg":"ok"}');
    serve('{"name":"x"}', { status: 200, headers: { "Content-Type": "application/json" } });
    expect(await fetchFileText("/f")).toBe('{"name":"x"}');
  });

  it("fails with the status of a failed response", async () => {
    serve("", { status: 500 });
    await expect(fetchFileText("/f")).rejects.toEqual(new HttpError(500));
  });
});
