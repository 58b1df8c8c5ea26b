/**
 * Passkey ceremonies (docs/server-behaviour.md, "Tokens and signing in") on top of @simplewebauthn/browser, which does the base64url
 * conversions. Errors are reduced to a few kinds the UI can explain in plain words.
 */
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { isApiError } from "../../api/errors";
import { finishPasskeySignIn, startPasskeySignIn, type LoginResponse } from "./api";

// Browsers that parse WebAuthn JSON themselves (parseRequestOptionsFromJSON, toJSON) need no
// library; others load it when a ceremony starts, never with the sign-in page.
let library: Promise<typeof import("@simplewebauthn/browser")> | undefined;
const webauthnLibrary = () => (library ??= import("@simplewebauthn/browser"));

// Optional here: older browsers lack them although the DOM types declare them.
type NativeCredentials = {
  parseRequestOptionsFromJSON?: (options: PublicKeyCredentialRequestOptionsJSON) => PublicKeyCredentialRequestOptions;
  isConditionalMediationAvailable?: () => Promise<boolean>;
};

/** The pending native ceremony: starting another one, or leaving, aborts it (one at a time). */
let ceremony: AbortController | undefined;

const abortError = () => Object.assign(new Error("aborted"), { name: "AbortError" });

async function conditionalMediationAvailable(): Promise<boolean> {
  const native = window.PublicKeyCredential as unknown as NativeCredentials;
  if (native.parseRequestOptionsFromJSON) return Boolean(await native.isConditionalMediationAvailable?.());
  return (await webauthnLibrary()).browserSupportsWebAuthnAutofill();
}

async function assertion(optionsJSON: PublicKeyCredentialRequestOptionsJSON, autofill: boolean): Promise<unknown> {
  const native = window.PublicKeyCredential as unknown as NativeCredentials;
  if (!native.parseRequestOptionsFromJSON) {
    const { startAuthentication } = await webauthnLibrary();
    return startAuthentication({ optionsJSON, useBrowserAutofill: autofill });
  }
  ceremony?.abort();
  const controller = (ceremony = new AbortController());
  const publicKey = native.parseRequestOptionsFromJSON(optionsJSON);
  // Autofill lists every passkey of this site; naming credentials is for the modal prompt.
  if (autofill) publicKey.allowCredentials = [];
  try {
    const credential = (await navigator.credentials.get({
      publicKey,
      signal: controller.signal,
      ...(autofill && { mediation: "conditional" }),
    })) as PublicKeyCredential | null;
    if (!credential) throw Object.assign(new Error("No passkey was chosen"), { name: "NotAllowedError" });
    return credential.toJSON();
  } finally {
    if (ceremony === controller) ceremony = undefined;
  }
}

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
  if (autofill && !(await conditionalMediationAvailable())) throw abortError();
  const { options, session_id } = await startPasskeySignIn();
  // The caller may have left while the options were on their way: starting the ceremony now
  // would cancel whatever ceremony replaced this one.
  if (signal?.aborted) throw abortError();
  const credential = await assertion(options.publicKey as unknown as PublicKeyCredentialRequestOptionsJSON, autofill);
  return finishPasskeySignIn(JSON.stringify(credential), session_id);
}

/** Stops a pending ceremony (e.g. the autofill request when leaving the e-mail step). */
export function cancelPasskeyCeremony(): void {
  ceremony?.abort();
  ceremony = undefined;
  void library?.then((m) => m.WebAuthnAbortService.cancelCeremony());
}
