import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { State } from "../state/state.ts";
import { GROUP_ANONYMOUS, GROUP_USER, newUser } from "../state/seedUsers.ts";
import { expireAccessToken, identify, issueTokens, refreshTokens, revokeChain } from "./tokens.ts";

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
let state: State;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  state = new State({ host: "127.0.0.1", port: 5212, dataDir: "/nonexistent", seed: false, testMode: true, secret: "token-secret" });
});
afterEach(() => vi.useRealTimers());

const account = () => state.addUser((id) => newUser(id, `t${id}@example.com`, "", GROUP_USER));
const who = (token: string) => identify(state, `Bearer ${token}`);
const failure = (fn: () => unknown) => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return { code: (e as { code: number }).code, msg: (e as Error).message };
  }
};

describe("token pairs", () => {
  it("live as long as the site's access and refresh lifetimes say", () => {
    state.settings.accessTtl = 600;
    state.settings.refreshTtl = 7200;
    const pair = issueTokens(state, account());
    expect(pair.access_expires).toBe("2025-01-01T12:10:00.000Z");
    expect(pair.refresh_expires).toBe("2025-01-01T14:00:00.000Z");
  });

  it("sign the caller in with the access token until it expires, then the caller is anonymous", () => {
    state.settings.accessTtl = 600;
    const user = account();
    const { access_token } = issueTokens(state, user);
    expect(who(access_token).user).toBe(user);
    vi.setSystemTime(NOW + 600_000);
    expect(who(access_token).user).toBe(user);
    vi.setSystemTime(NOW + 601_000);
    expect(who(access_token)).toEqual({ group: state.groups.get(GROUP_ANONYMOUS) });
  });

  it("make a missing, foreign or garbled header anonymous, and refuse a refresh token as 40020", () => {
    const pair = issueTokens(state, account());
    expect(identify(state, undefined).user).toBeUndefined();
    expect(identify(state, `Basic ${pair.access_token}`).user).toBeUndefined();
    expect(who("not.a.jwt").user).toBeUndefined();
    const other = new State({ ...state.config, secret: "another" });
    expect(identify(other, `Bearer ${pair.access_token}`).user).toBeUndefined();
    expect(failure(() => who(pair.refresh_token))).toEqual({ code: 40020, msg: "Invalid token type" });
  });

  it("refuse a user who is no longer active", () => {
    const user = account();
    const { access_token } = issueTokens(state, user);
    user.status = "manual_banned";
    expect(failure(() => who(access_token))).toEqual({ code: 50001, msg: "failed to get login user" });
  });

  it("can be declared expired early, as a test's clock would make them", () => {
    const user = account();
    const { access_token } = issueTokens(state, user);
    expireAccessToken(state, access_token);
    expect(who(access_token).user).toBeUndefined();
    // A token issued in another second differs, and is not affected.
    vi.setSystemTime(NOW + 1000);
    expect(who(issueTokens(state, user).access_token).user).toBe(user);
  });
});

describe("refreshing", () => {
  it("gives a new pair in the same chain while the refresh token lives", () => {
    state.settings.refreshTtl = 3600;
    const user = account();
    const first = issueTokens(state, user);
    vi.setSystemTime(NOW + 3_600_000);
    const second = refreshTokens(state, first.refresh_token);
    expect(who(second.access_token).user).toBe(user);
    expect(second.refresh_expires).toBe("2025-01-01T14:00:00.000Z");
    vi.setSystemTime(NOW + 3_601_000);
    expect(failure(() => refreshTokens(state, first.refresh_token))).toEqual({ code: 40020, msg: "Failed to issue token pair" });
  });

  it("is refused with an access token, or after the password or e-mail changed", () => {
    const user = account();
    const pair = issueTokens(state, user);
    expect(failure(() => refreshTokens(state, pair.access_token))?.code).toBe(40020);
    user.passwordHash = "changed";
    expect(failure(() => refreshTokens(state, pair.refresh_token))?.code).toBe(40020);
  });

  it("is refused for every token of a signed-out chain, and only that chain", () => {
    const user = account();
    const chain = issueTokens(state, user);
    const later = refreshTokens(state, chain.refresh_token);
    const otherDevice = issueTokens(state, user);
    revokeChain(state, chain.refresh_token);
    expect(failure(() => refreshTokens(state, later.refresh_token))?.code).toBe(40020);
    expect(failure(() => refreshTokens(state, chain.refresh_token))?.code).toBe(40020);
    expect(refreshTokens(state, otherDevice.refresh_token).access_token).toBeTruthy();
    expect(failure(() => revokeChain(state, chain.access_token))).toEqual({ code: 40020, msg: "Invalid refresh token" });
  });
});
