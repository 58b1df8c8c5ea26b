import { describe, expect, it } from "vitest";
import { parseJsonBody, Router } from "./router.ts";

const named = (name: string) => Object.assign(() => name, { routeName: name });
const hit = (r: Router, method: string, path: string) => {
  const m = r.match(method, path);
  return m && { name: (m.handler as unknown as { routeName: string }).routeName, params: m.params };
};

describe("Router", () => {
  it("matches literal paths by method and decodes named segments", () => {
    const r = new Router().get("/api/v4/file/info", named("info")).delete("/api/v4/file/source/:id", named("unlink"));
    expect(hit(r, "GET", "/api/v4/file/info")).toEqual({ name: "info", params: {} });
    expect(hit(r, "POST", "/api/v4/file/info")).toBeUndefined();
    expect(hit(r, "DELETE", "/api/v4/file/source/a%20b")).toEqual({ name: "unlink", params: { id: "a b" } });
  });

  it("needs every segment: none missing, none extra", () => {
    const r = new Router().get("/f/:id/:name", named("link"));
    expect(hit(r, "GET", "/f/abc")).toBeUndefined();
    expect(hit(r, "GET", "/f/abc/x.txt/more")).toBeUndefined();
    expect(hit(r, "GET", "/f/abc/x.txt")?.params).toEqual({ id: "abc", name: "x.txt" });
  });

  it("ignores empty segments, so a trailing or doubled slash is the same path", () => {
    const r = new Router().get("/api/v4/site/ping", named("ping"));
    expect(hit(r, "GET", "/api/v4/site/ping/")?.name).toBe("ping");
    expect(hit(r, "GET", "//api/v4//site/ping")?.name).toBe("ping");
  });

  it("gives a wildcard the rest of the path, decoded segment by segment", () => {
    const r = new Router().on("OPTIONS", "/__s3/*key", named("s3"));
    expect(hit(r, "OPTIONS", "/__s3/uploads/a%2Fb/c%20d")?.params).toEqual({ key: "uploads/a/b/c d" });
    expect(hit(r, "OPTIONS", "/__s3")?.params).toEqual({ key: "" });
  });

  it("keeps a segment that is not valid percent-encoding as it came", () => {
    const r = new Router().get("/s/:id", named("share"));
    expect(hit(r, "GET", "/s/50%zz")?.params).toEqual({ id: "50%zz" });
  });

  it("answers HEAD with the GET route, and the first registered route wins", () => {
    const r = new Router().get("/a/:x", named("param")).get("/a/b", named("literal")).post("/a/b", named("post"));
    expect(hit(r, "HEAD", "/a/b")?.name).toBe("param");
    expect(hit(r, "GET", "/a/b")?.name).toBe("param");
    expect(hit(r, "POST", "/a/b")?.name).toBe("post");
  });
});

describe("parseJsonBody", () => {
  it("returns a JSON object or array", () => {
    expect(parseJsonBody(Buffer.from('{"uri":"cloudreve://my"}'))).toEqual({ uri: "cloudreve://my" });
    expect(parseJsonBody(Buffer.from("[1]"))).toEqual([1]);
  });

  it("refuses an empty, malformed or scalar body as 40001, like gin's binding", () => {
    for (const raw of ["", "{", "null", "42", '"text"']) {
      expect(() => parseJsonBody(Buffer.from(raw))).toThrowError(expect.objectContaining({ code: 40001, message: "Parameter error" }));
    }
  });
});
