/**
 * The sign-in, sign-up, activation and reset calls (docs/server-behaviour.md, "Tokens and signing in"), typed from the schema.
 * Each returns the envelope's data or throws ApiError; flows that continue on code 203 say so in
 * their return type instead of leaking envelope codes to the components.
 */
import { api, unwrap, unwrapWithCode } from "../../api/client";
import type { components } from "../../api/schema";

type Schemas = components["schemas"];
export type LoginResponse = Schemas["LoginResponse"];
export type PrepareLogin = Schemas["PrepareLoginResponse"];
export type CaptchaFields = Schemas["CaptchaFields"];
export type User = Schemas["User"];

export type PasswordSignInResult = { kind: "signedIn"; login: LoginResponse } | { kind: "twoFactor"; sessionId: string };

export async function passwordSignIn(body: Schemas["PasswordLoginRequest"]): Promise<PasswordSignInResult> {
  const { code, data: payload } = await unwrapWithCode(api.POST("/session/token", { body }), [203]);
  // Code 203 carries the 2FA session id as a bare string (docs/server-behaviour.md, "Tokens and signing in").
  if (code === 203 || typeof payload === "string") return { kind: "twoFactor", sessionId: String(payload) };
  return { kind: "signedIn", login: payload };
}

export const twoFactorSignIn = (otp: string, sessionId: string) => unwrap(api.POST("/session/token/2fa", { body: { otp, session_id: sessionId } }));

export const prepareSignIn = (email: string) => unwrap(api.GET("/session/prepare", { params: { query: { email } } }));

export const startPasskeySignIn = () => unwrap(api.PUT("/session/authn"));

export const finishPasskeySignIn = (response: string, sessionId: string) => unwrap(api.POST("/session/authn", { body: { response, session_id: sessionId } }));

export type SignUpResult = { kind: "created"; user: User } | { kind: "activationSent" };

export async function signUp(body: Schemas["SignUpRequest"]): Promise<SignUpResult> {
  const { code, data: payload } = await unwrapWithCode(api.POST("/user", { body }), [203]);
  // 203: the account exists but waits for the activation link the server just mailed.
  return code === 203 ? { kind: "activationSent" } : { kind: "created", user: payload };
}

export const activate = (id: string, sign: string) => unwrap(api.GET("/user/activate/{id}", { params: { path: { id }, query: { sign } } }));

export const requestPasswordReset = (body: Schemas["SendResetPasswordEmailRequest"]) => unwrap(api.POST("/user/reset", { body }));

export const resetPassword = (id: string, password: string, secret: string) =>
  unwrap(api.PATCH("/user/reset/{id}", { params: { path: { id } }, body: { password, secret } }));
