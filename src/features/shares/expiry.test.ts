import { describe, expect, it } from "vitest";
import { PASSWORD_RE, expirySeconds, toLocalInput } from "./expiry";
import { remainingSeconds, shareSourceUri } from "./shareSource";
import type { Share } from "../../api/queries/shares";

const share = (over: Partial<Share>): Share =>
  ({
    id: "x",
    visited: 0,
    unlocked: true,
    source_type: 1,
    owner: { id: "u", nickname: "n", created_at: "" },
    created_at: "",
    expired: false,
    url: "",
    ...over,
  }) as Share;

describe("share expiry", () => {
  const now = new Date(2026, 0, 10, 12, 0).getTime();

  it("turns presets into seconds from now", () => {
    expect(expirySeconds("hour", "", now)).toBe(3600);
    expect(expirySeconds("week", "", now)).toBe(604_800);
  });

  it("counts a chosen local date from now, and reports past or unreadable dates as not in the future", () => {
    expect(expirySeconds("custom", toLocalInput(new Date(now + 90 * 60_000)), now)).toBe(5400);
    expect(expirySeconds("custom", toLocalInput(new Date(now - 60_000)), now)).toBeLessThanOrEqual(0);
    expect(expirySeconds("custom", "", now)).toBe(0);
  });

  it("accepts only the passwords the server accepts (1–32 letters or digits)", () => {
    expect(PASSWORD_RE.test("abc123XYZ")).toBe(true);
    expect(PASSWORD_RE.test("with space")).toBe(false);
    expect(PASSWORD_RE.test("pässword")).toBe(false);
    expect(PASSWORD_RE.test("a".repeat(33))).toBe(false);
  });

  it("keeps the remaining lifetime when a link is re-created", () => {
    expect(remainingSeconds(share({ expires: new Date(now + 10_000).toISOString() }), now)).toBe(10);
    expect(remainingSeconds(share({}), now)).toBe(0);
  });
});

describe("shared object URI", () => {
  it("is the source folder for folder shares", () => {
    expect(shareSourceUri(share({ source_uri: "cloudreve://my/Docs", name: "Docs" }))).toBe("cloudreve://my/Docs");
  });

  it("appends the file name for file shares, whose source_uri is the parent folder", () => {
    expect(shareSourceUri(share({ source_type: 0, source_uri: "cloudreve://my/Docs", name: "a b.txt" }))).toBe("cloudreve://my/Docs/a%20b.txt");
  });

  it("is unknown without the owner's source_uri", () => {
    expect(shareSourceUri(share({}))).toBeUndefined();
  });
});
