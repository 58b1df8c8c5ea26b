/**
 * Passkey ceremonies (contract §3.8) on top of @simplewebauthn/browser, which does the base64url
 * conversions. Errors are reduced to a few kinds the UI can explain in plain words.
 */
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { isApiError } from "../../api/errors";
import { finishPasskeySignIn, startPasskeySignIn, type LoginResponse } from "./api";

// Loaded when a ceremony starts, not with the sign-in page.
const webauthn = () => import("@simplewebauthn/browser");

export type PasskeyProblem = "cancelled" | "unknownCredential" | "unsupported" | "alreadyRegistered" | "other";

/** Maps browser and server failures to what the user should be told; undefined = stay silent. */
export function passkeyProblem(e: unknown): PasskeyProblem | undefined {
  if (isApiError(e)) return e.code === 40025 || e.code === 50005 ? "unknownCredential" : "other";
  if (!(e instanceof Error)) return "other";
  // Our own abort (leaving the page, or a button press replacing the autofill request).
  if (e.name === "AbortError") return undefined;
  // Dismissed the sheet, timed out, or no passkey for this site on this device.
  if (e.name === "NotAllowedError") return "cancelled";
  if (e.name === "InvalidStateError") return "alreadyRegistered";
  if (e.name === "NotSupportedError" || /not supported/i.test(e.message)) return "unsupported";
  return "other";
}

export const passkeysSupported = () => typeof window !== "undefined" && typeof window.PublicKeyCredential === "function";

/**
 * One passkey sign-in: options from the server, the browser's assertion, back to the server.
 * `autofill` uses conditional mediation, so the browser offers passkeys in the e-mail field's
 * suggestions instead of opening a dialog; starting any other ceremony aborts it.
 */
export async function passkeySignIn({ autofill = false, signal }: { autofill?: boolean; signal?: AbortSignal } = {}): Promise<LoginResponse> {
  const aborted = () => Object.assign(new Error("aborted"), { name: "AbortError" });
  const { browserSupportsWebAuthnAutofill, startAuthentication } = await webauthn();
  if (autofill && !(await browserSupportsWebAuthnAutofill())) throw aborted();
  const { options, session_id } = await startPasskeySignIn();
  // The caller may have left while the options were on their way: starting the ceremony now
  // would cancel whatever ceremony replaced this one.
  if (signal?.aborted) throw aborted();
  const credential = await startAuthentication({
    optionsJSON: options.publicKey as unknown as PublicKeyCredentialRequestOptionsJSON,
    useBrowserAutofill: autofill,
  });
  return finishPasskeySignIn(JSON.stringify(credential), session_id);
}

/** Stops a pending ceremony (e.g. the autofill request when leaving the e-mail step). */
export const cancelPasskeyCeremony = () => void webauthn().then((m) => m.WebAuthnAbortService.cancelCeremony());
