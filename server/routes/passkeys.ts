import { randomUUID } from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { AppError } from "../core/envelope.ts";
import { encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import type { Ctx, Router } from "../core/router.ts";
import { requireUser } from "../core/tokens.ts";
import { str } from "../core/validate.ts";
import type { State } from "../state/state.ts";
import { siteEntries, siteOrigin } from "../core/siteUrl.ts";
import type { PasskeyRecord } from "../state/types.ts";
import { featureDisabled, loginResponse } from "./login.ts";

const SESSION_TTL = 300;
const loginKey = (sessionId: string) => `authn_session_${sessionId}`;
const registerKey = (userId: number) => `authn_register_${userId}`;

export interface PasskeyJson {
  id: string;
  name: string;
  used_at?: string;
  created_at: string;
}

/** The API names passkeys by credential id in standard base64 (docs/server-behaviour.md, "Tokens and signing in"), not base64url. */
export const passkeyApiId = (p: PasskeyRecord) => Buffer.from(p.credentialId, "base64url").toString("base64");

export function passkeyJson(p: PasskeyRecord): PasskeyJson {
  return {
    id: passkeyApiId(p),
    name: p.name,
    ...(p.usedAt ? { used_at: p.usedAt.toISOString() } : {}),
    created_at: p.createdAt.toISOString(),
  };
}

/**
 * WebAuthn is tied to the site URL setting, as on the real server: the relying party is the host
 * name of the entry chosen for the request, and every listed origin is accepted. A browser on an
 * origin the setting does not list cannot use passkeys.
 */
const allowedOrigins = (state: State) => siteEntries(state.settings.siteUrl).map((e) => `${e.scheme}://${e.host}`);
const rpId = (state: State, ctx: Ctx) => new URL(siteOrigin(state, ctx.header("host"))).hostname;

function parseCredential<T>(text: string): T {
  try {
    const v = JSON.parse(text) as { id?: unknown; response?: { clientDataJSON?: unknown } };
    if (typeof v?.id === "string" && typeof v.response?.clientDataJSON === "string") return v as T;
  } catch {
    // fall through to the same error as a well-formed but incomplete credential
  }
  throw new AppError(40001, "Failed to parse request");
}

/** PUT/POST /session/authn: discoverable passkey sign-in; the user comes from the userHandle. */
export function registerPasskeyLoginRoutes(router: Router, state: State): void {
  router.put("/api/v4/session/authn", async (ctx) => {
    if (!state.settings.authn) throw featureDisabled();
    const options = await generateAuthenticationOptions({ rpID: rpId(state, ctx), userVerification: "preferred" });
    const sessionId = randomUUID();
    state.kvSet(loginKey(sessionId), options.challenge, SESSION_TTL);
    return { options: { publicKey: options }, session_id: sessionId };
  });

  router.post("/api/v4/session/authn", async (ctx) => {
    if (!state.settings.authn) throw featureDisabled();
    const body = await ctx.json();
    const text = str(body, "response", { required: true });
    const sessionId = str(body, "session_id", { required: true });
    const challenge = state.kvGet<string>(loginKey(sessionId));
    if (!challenge) throw new AppError(404, "Session not found");
    const response = parseCredential<AuthenticationResponseJSON>(text);

    const fail = () => new AppError(40025, "Failed to validate login");
    const handle = response.response.userHandle;
    const uid = handle ? tryDecodeId(IdType.user, Buffer.from(handle, "base64url").toString("utf8")) : undefined;
    const user = uid === undefined ? undefined : state.users.get(uid);
    if (!user || user.status !== "active") throw fail();
    const record = user.passkeys.find((p) => p.credentialId === response.id);
    if (!record) throw fail();
    try {
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: allowedOrigins(state),
        expectedRPID: rpId(state, ctx),
        credential: {
          id: record.credentialId,
          publicKey: new Uint8Array(record.publicKey),
          counter: record.counter,
          transports: record.transports as AuthenticatorTransportFuture[] | undefined,
        },
        requireUserVerification: false,
      });
      if (!result.verified) throw fail();
      record.counter = result.authenticationInfo.newCounter;
    } catch {
      throw fail();
    }
    state.kvDelete(loginKey(sessionId));
    record.usedAt = new Date();
    // Passkey sign-in skips the second factor, as on the real server.
    return loginResponse(state, user);
  });
}

/** PUT/POST/DELETE /user/authn: managing the caller's passkeys. */
export function registerPasskeyUserRoutes(router: Router, state: State): void {
  const gate = (ctx: Ctx) => {
    const user = requireUser(ctx.who);
    if (!state.settings.authn) throw featureDisabled();
    return user;
  };

  router.put("/api/v4/user/authn", async (ctx) => {
    const user = gate(ctx);
    const options = await generateRegistrationOptions({
      rpName: state.settings.siteName,
      rpID: rpId(state, ctx),
      userName: user.email,
      userDisplayName: user.nickname,
      // The user handle is the hashid text, so sign-in can find the account from it.
      userID: new Uint8Array(Buffer.from(encodeId(IdType.user, user.id), "utf8")),
      attestationType: "none",
      excludeCredentials: user.passkeys.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransportFuture[] | undefined })),
      authenticatorSelection: { residentKey: "required", requireResidentKey: true, userVerification: "preferred" },
    });
    state.kvSet(registerKey(user.id), options.challenge, SESSION_TTL);
    return { publicKey: options };
  });

  router.post("/api/v4/user/authn", async (ctx) => {
    const user = gate(ctx);
    const body = await ctx.json();
    const text = str(body, "response", { required: true });
    const name = str(body, "name", { required: true });
    const ua = str(body, "ua", { required: true });
    const challenge = state.kvGet<string>(registerKey(user.id));
    if (!challenge) throw new AppError(404, "Session not found");
    state.kvDelete(registerKey(user.id));
    const response = parseCredential<RegistrationResponseJSON>(text);

    const fail = () => new AppError(40025, "Failed to finish registration");
    let credential;
    try {
      const result = await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: allowedOrigins(state),
        expectedRPID: rpId(state, ctx),
        requireUserVerification: false,
      });
      if (!result.verified) throw fail();
      credential = result.registrationInfo.credential;
    } catch {
      throw fail();
    }
    if (user.passkeys.some((p) => p.credentialId === credential.id)) throw fail();
    const { os, browser } = parseUserAgent(ua);
    const record: PasskeyRecord = {
      credentialId: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports,
      name: name.replaceAll("{os}", os).replaceAll("{browser}", browser),
      createdAt: new Date(),
    };
    user.passkeys.push(record);
    return passkeyJson(record);
  });

  router.delete("/api/v4/user/authn", (ctx) => {
    const user = gate(ctx);
    const id = str({ id: ctx.query.get("id") ?? "" }, "id", { required: true });
    const index = user.passkeys.findIndex((p) => passkeyApiId(p) === id);
    if (index < 0) throw new AppError(404, "Passkey not found");
    user.passkeys.splice(index, 1);
    return undefined;
  });
}

/** Just enough of a UA parser to fill the `{os}` and `{browser}` placeholders with uap-style family names. */
export function parseUserAgent(ua: string): { os: string; browser: string } {
  const os = /iPhone|iPad|iPod/.test(ua)
    ? "iOS"
    : /Android/.test(ua)
      ? "Android"
      : /CrOS/.test(ua)
        ? "Chrome OS"
        : /Windows/.test(ua)
          ? "Windows"
          : /Mac OS X|Macintosh/.test(ua)
            ? "Mac OS X"
            : /Linux/.test(ua)
              ? "Linux"
              : "Other";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /OPR\/|Opera/.test(ua)
      ? "Opera"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /HeadlessChrome\//.test(ua)
          ? "HeadlessChrome"
          : /Chrome\//.test(ua)
            ? "Chrome"
            : /Safari\//.test(ua)
              ? "Safari"
              : "Other";
  return { os, browser };
}
