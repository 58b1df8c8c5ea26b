/**
 * The auth feature's public surface for other features (passkey support and its error texts, the
 * OAuth consent's scope texts, signing in with a password); the form kit it shares with the
 * settings is in src/shared/form.
 */
export { usePasskeyError } from "./usePasskeyError";
export { passkeysSupported } from "./passkey";
export { AppIcon, describeScopes, revokeGrant, type OAuthGrant } from "./oauth";
export { passwordSignIn } from "./api";
