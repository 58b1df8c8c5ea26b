import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { safeRedirect, signInPath } from "./redirect";

const ORIGIN = "https://cloud.example";

beforeAll(() => vi.stubGlobal("window", { location: { origin: ORIGIN } }));
afterAll(() => vi.unstubAllGlobals());

// [what the sign-in page was given, where it goes afterwards]
const CASES: [string | null | undefined, string][] = [
  // Same-origin paths are kept whole, with their query and fragment.
  ["/home", "/home"],
  ["/home?path=cloudreve%3A%2F%2Fmy%2Fdocs", "/home?path=cloudreve%3A%2F%2Fmy%2Fdocs"],
  ["/settings#security", "/settings#security"],
  ["/home/../shares", "/shares"],
  // An app waiting for the user's consent is the one sign-in page that is a target.
  ["/session/authorize?client_id=app", "/session/authorize?client_id=app"],
  // Nothing given.
  [null, "/home"],
  [undefined, "/home"],
  ["", "/home"],
  // Other sites, however written.
  ["https://evil.example/home", "/home"],
  ["//evil.example/home", "/home"],
  ["/\\evil.example", "/home"],
  ["\\\\evil.example", "/home"],
  ["/\t/evil.example", "/home"],
  ["/\n/evil.example", "/home"],
  ["javascript:alert(1)", "/home"],
  ["home", "/home"],
  // Sign-in pages would only show the form again.
  ["/session", "/home"],
  ["/session/signup", "/home"],
];

describe("safeRedirect", () => {
  it.each(CASES)("%j → %s", (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });
  it("falls back to the given page", () => {
    expect(safeRedirect("//evil.example", "/shares")).toBe("/shares");
  });
  it("round-trips through the sign-in link", () => {
    const target = "/home?path=cloudreve%3A%2F%2Fmy&open=a%20b";
    const link = new URL(signInPath(target), ORIGIN);
    expect(link.pathname).toBe("/session");
    expect(safeRedirect(link.searchParams.get("redirect"))).toBe(target);
  });
});
