import { describe, expect, it } from "vitest";
import { consentBody, parseAuthorizeRequest, returnUrl, scopesToAsk } from "./request";

const ORIGIN = "https://cloud.example.com";
const query = (q: Record<string, string>) => new URLSearchParams(q);

describe("parseAuthorizeRequest", () => {
  const base = { client_id: "abc", response_type: "code", redirect_uri: "https://app.example/cb", state: "s1", scope: "openid profile openid Files.Read" };

  it("reads the request, dropping repeated scopes", () => {
    const parsed = parseAuthorizeRequest(query({ ...base, code_challenge: "x".repeat(43), code_challenge_method: "S256" }));
    expect(parsed).toEqual({
      request: {
        clientId: "abc",
        responseType: "code",
        redirectUri: "https://app.example/cb",
        state: "s1",
        scopes: ["openid", "profile", "Files.Read"],
        codeChallenge: "x".repeat(43),
        codeChallengeMethod: "S256",
      },
    });
  });

  it("takes a missing response_type as code, like the official clients send it", () => {
    const { response_type: _, ...rest } = base;
    expect(parseAuthorizeRequest(query(rest))).toMatchObject({ request: { responseType: "code" } });
  });

  it.each([
    [{ client_id: "" }, "missingClient"],
    [{ redirect_uri: "" }, "missingRedirect"],
    [{ redirect_uri: "javascript:alert(1)" }, "badRedirect"],
    [{ redirect_uri: "//evil.example/cb" }, "badRedirect"],
    [{ response_type: "token" }, "unsupportedResponseType"],
    [{ scope: "  " }, "noScope"],
  ])("refuses %o as %s", (over, problem) => {
    expect(parseAuthorizeRequest(query({ ...base, ...over }))).toEqual({ problem });
  });
});

describe("scopesToAsk", () => {
  it("lists only what was not allowed before", () => {
    expect(scopesToAsk(["openid", "Files.Read", "Shares.Read"], ["openid", "Files.Read"])).toEqual(["Shares.Read"]);
    expect(scopesToAsk(["openid"], ["openid", "profile"])).toEqual([]);
    expect(scopesToAsk(["openid"], undefined)).toEqual(["openid"]);
  });
});

describe("returnUrl", () => {
  it("adds the parameters to an absolute URL, keeping its own", () => {
    expect(returnUrl("https://app.example/cb?x=1", { code: "c d", state: "s" }, ORIGIN)).toBe("https://app.example/cb?x=1&code=c+d&state=s");
  });

  it("resolves a site path against this site", () => {
    expect(returnUrl("/callback/desktop", { code: "c" }, ORIGIN)).toBe("https://cloud.example.com/callback/desktop?code=c");
  });

  it.each(["javascript:alert(1)", "data:text/html,hi", "//evil.example", "/\\evil.example", "cloudreve://mount", "https://user:pw@app.example/", "/cb\n"])(
    "refuses %s",
    (uri) => {
      expect(returnUrl(uri, {}, ORIGIN)).toBeUndefined();
    },
  );
});

describe("consentBody", () => {
  it("sends PKCE only when the app asked with it", () => {
    const r = { clientId: "a", responseType: "code", redirectUri: "/cb", state: "", scopes: ["openid", "profile"] };
    expect(consentBody(r)).toEqual({ client_id: "a", response_type: "code", redirect_uri: "/cb", state: "", scope: "openid profile" });
    expect(consentBody({ ...r, codeChallenge: "c", codeChallengeMethod: "S256" })).toMatchObject({ code_challenge: "c", code_challenge_method: "S256" });
  });
});
