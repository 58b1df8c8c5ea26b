import { describe, expect, it } from "vitest";
import type { Share } from "../../api/queries/shares";
import { toLocalInput } from "./expiry";
import { initialShareForm, shareFormProblems, shareRequest } from "./shareForm";

const NOW = new Date(2030, 0, 15, 12, 0).getTime();
const fresh = () => initialShareForm(undefined, NOW);

describe("initialShareForm", () => {
  it("starts a new link public, expiring a day from now if the user turns expiry on", () => {
    const f = fresh();
    expect(f).toMatchObject({ isPrivate: false, expires: false, expiry: "day", limited: false, downloads: "1", shareView: false, showReadme: false });
    expect(f.customDate).toBe(toLocalInput(new Date(NOW + 86_400_000)));
  });

  it("fills from the link being edited", () => {
    const expires = new Date(2030, 1, 1, 8, 30).toISOString();
    const share = { id: "x", password: "abc", expires, remain_downloads: 4, share_view: true, show_readme: true } as unknown as Share;
    expect(initialShareForm(share, NOW)).toMatchObject({
      isPrivate: true,
      expires: true,
      expiry: "custom",
      customDate: toLocalInput(new Date(expires)),
      limited: true,
      downloads: "4",
      shareView: true,
      showReadme: true,
    });
  });
});

describe("shareFormProblems", () => {
  it("has none for the defaults", () => {
    expect(shareFormProblems(fresh(), false, NOW)).toEqual({});
  });

  it("checks a typed password on new links only", () => {
    const f = { ...fresh(), isPrivate: true, customPassword: true, password: "no spaces!" };
    expect(shareFormProblems(f, false, NOW)).toEqual({ password: "dialog.passwordRule" });
    expect(shareFormProblems(f, true, NOW)).toEqual({});
    expect(shareFormProblems({ ...f, password: "Abc123" }, false, NOW)).toEqual({});
  });

  it("refuses a custom expiry that is not in the future", () => {
    const f = { ...fresh(), expires: true, expiry: "custom" as const, customDate: toLocalInput(new Date(NOW - 60_000)) };
    expect(shareFormProblems(f, false, NOW)).toEqual({ date: "dialog.dateInPast" });
    expect(shareFormProblems({ ...f, expires: false }, false, NOW)).toEqual({});
  });

  it("wants a positive download limit", () => {
    expect(shareFormProblems({ ...fresh(), limited: true, downloads: "0" }, false, NOW)).toEqual({ downloads: "dialog.downloadsRule" });
    expect(shareFormProblems({ ...fresh(), limited: true, downloads: "" }, false, NOW)).toEqual({ downloads: "dialog.downloadsRule" });
    expect(shareFormProblems({ ...fresh(), limited: false, downloads: "" }, false, NOW)).toEqual({});
  });
});

describe("shareRequest", () => {
  const target = { uri: "cloudreve://my/a", isFolder: true };

  it("sends no limits for the defaults", () => {
    expect(shareRequest(fresh(), target, false, NOW)).toEqual({ uri: target.uri, is_private: false, downloads: 0, expire: 0, share_view: false });
  });

  it("sends the typed password on creation but never on edits", () => {
    const f = { ...fresh(), isPrivate: true, customPassword: true, password: "Abc123" };
    expect(shareRequest(f, target, false, NOW).password).toBe("Abc123");
    expect(shareRequest(f, target, true, NOW)).not.toHaveProperty("password");
  });

  it("counts the expiry in seconds from now and the downloads as a number", () => {
    const f = { ...fresh(), expires: true, expiry: "hour" as const, limited: true, downloads: "3", shareView: true };
    expect(shareRequest(f, target, false, NOW)).toMatchObject({ expire: 3600, downloads: 3, share_view: true });
    expect(shareRequest(f, { ...target, isFolder: false }, false, NOW).share_view).toBe(false);
  });

  it("sends show_readme only to a server that has it, and only for folders", () => {
    const on = { ...fresh(), showReadme: true };
    expect(shareRequest(on, target, false, NOW)).not.toHaveProperty("show_readme");
    expect(shareRequest(on, target, false, NOW, true).show_readme).toBe(true);
    // An edit that turns it off says so: the server keeps only what the request carries.
    expect(shareRequest(fresh(), target, true, NOW, true).show_readme).toBe(false);
    expect(shareRequest(on, { ...target, isFolder: false }, false, NOW, true)).not.toHaveProperty("show_readme");
  });
});
