/**
 * The auth feature's public surface for the settings pages (password and one-time-code fields,
 * validation, passkey error texts), so settings never reaches into auth's internals.
 */
export { EmailField, FormTextField, PasswordField } from "./fields";
export { FormAlert } from "./FormAlert";
export { OtpInput } from "./OtpInput";
export { useField, validateAll, type Field } from "./useField";
export { useDescribeError } from "./useDescribeError";
export { usePasskeyError } from "./usePasskeyError";
export { passkeysSupported } from "./passkey";
export { visuallyHidden } from "./LegalLinks";
export * from "./validation";
