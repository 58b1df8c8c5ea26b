// The form kit: labelled fields with their validation and error texts, the one-time-code input
// and the form's alert. Used by sign-in and sign-up and by the account settings.
export { EmailField, PasswordField } from "./fields";
export { FormAlert } from "./FormAlert";
export { OtpInput } from "./OtpInput";
export { useField, validateAll, type Field } from "./useField";
export { useDescribeError } from "./useDescribeError";
export * from "./validation";
