import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { State } from "../state/state.ts";
import { signedPathOf, signPath, verifySign } from "./sign.ts";

const state = new State({ host: "127.0.0.1", port: 5212, dataDir: "/nonexistent", seed: false, testMode: true, secret: "sign-secret" });
const PATH = "/api/v4/file/content/pA5mAcM/0/a%20b.txt";
const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const refused = (sign: string | null, path = PATH) => {
  try {
    verifySign(state, path, sign);
    return undefined;
  } catch (e) {
    return { code: (e as { code: number }).code, msg: (e as Error).message };
  }
};

describe("URL signatures", () => {
  it("sign the decoded path with an expiry, in Go's padded base64url", () => {
    const { sign, expires } = signPath(state, PATH, 3600);
    expect(sign).toMatch(/^[A-Za-z0-9_-]{43}=:1735736400$/);
    expect(expires.toISOString()).toBe("2025-01-01T13:00:00.000Z");
    expect(refused(sign)).toBeUndefined();
    // The same path, written decoded: Go's URL.Path is what is signed.
    expect(refused(sign, signedPathOf(PATH))).toBeUndefined();
  });

  it("stay valid until the expiry second, then answer 40005", () => {
    const { sign } = signPath(state, PATH, 60);
    vi.setSystemTime(NOW + 60_000);
    expect(refused(sign)).toBeUndefined();
    vi.setSystemTime(NOW + 61_000);
    expect(refused(sign)).toEqual({ code: 40005, msg: "signature expired" });
  });

  it("with no lifetime never expire (expiry 0)", () => {
    const { sign } = signPath(state, PATH, 0);
    expect(sign.endsWith(":0")).toBe(true);
    vi.setSystemTime(NOW + 10 * 365 * 86400_000);
    expect(refused(sign)).toBeUndefined();
  });

  it("are refused for another path, another secret or a changed expiry (40071)", () => {
    const { sign } = signPath(state, PATH, 3600);
    expect(refused(sign, "/api/v4/file/content/pA5mAcM/0/other.txt")).toEqual({ code: 40071, msg: "invalid sign" });
    expect(refused(signPath(state, PATH, 3600, "another-secret").sign)).toEqual({ code: 40071, msg: "invalid sign" });
    const [digest] = sign.split(":");
    expect(refused(`${digest}:1735736401`)).toEqual({ code: 40071, msg: "invalid sign" });
    expect(refused(`${digest}:+1735736400`)).toEqual({ code: 40071, msg: "invalid sign" });
  });

  it("answer like the real middleware when the value is malformed", () => {
    expect(refused(null)).toEqual({ code: 403, msg: "expire timestamp is missing" });
    expect(refused("abc:")).toEqual({ code: 403, msg: "expire timestamp is missing" });
    expect(refused("abc:soon")).toEqual({ code: 40071, msg: "sign expired" });
    // The expiry is checked before the digest.
    expect(refused("garbage:1")).toEqual({ code: 40005, msg: "signature expired" });
  });
});
