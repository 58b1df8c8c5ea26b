import { describe, expect, it } from "vitest";
import { describeScopes } from "./scopes";

describe("describeScopes", () => {
  it("hides openid and folds the profile scopes into one entry", () => {
    expect(describeScopes(["openid", "profile", "email", "UserInfo.Read"])).toEqual([{ group: "profile", raw: "profile", access: "read" }]);
    expect(describeScopes(["openid", "email"])).toEqual([{ group: "profile", raw: "email" }]);
  });

  it("folds Read and Write into one entry with the wider access, writes first", () => {
    expect(describeScopes(["Files.Read", "Shares.Read", "Files.Write"])).toEqual([
      { group: "files", raw: "Files.Read", access: "readwrite" },
      { group: "shares", raw: "Shares.Read", access: "read" },
    ]);
  });

  it("puts administration first and keeps unknown scopes by their name", () => {
    expect(describeScopes(["offline_access", "Custom.Thing", "Admin.Read"])).toEqual([
      { group: "admin", raw: "Admin.Read", access: "read" },
      { group: "offline", raw: "offline_access" },
      { group: null, raw: "Custom.Thing" },
    ]);
  });

  it("lists nothing for a sign-in only request", () => {
    expect(describeScopes(["openid"])).toEqual([]);
  });
});
