/**
 * Field rules the server enforces (docs/server-behaviour.md, "Tokens and signing in" and "Users and settings"), checked before submit so users
 * learn about a too-short password without a round trip. Returns an error id, never text: the
 * components translate it, which keeps this module pure and unit-testable.
 */
export type FieldError = "required" | "email" | "tooShort" | "tooLong" | "mismatch";

export interface LengthRule {
  min: number;
  max: number;
}

/** Sign-in accepts old short passwords; new passwords need six characters. */
export const SIGN_IN_PASSWORD: LengthRule = { min: 4, max: 128 };
export const NEW_PASSWORD: LengthRule = { min: 6, max: 128 };

// Deliberately loose: one "@" with something on both sides and no spaces. The server has the final
// word; a strict regex here would only reject addresses the server accepts.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function checkEmail(value: string): FieldError | undefined {
  const v = value.trim();
  if (!v) return "required";
  if (!EMAIL.test(v) || v.endsWith(".") || v.length > 255) return "email";
  return undefined;
}

export function checkPassword(value: string, rule: LengthRule): FieldError | undefined {
  if (!value) return "required";
  // Count code points, as the server's Go validator counts runes, not UTF-16 units.
  const length = [...value].length;
  if (length < rule.min) return "tooShort";
  if (length > rule.max) return "tooLong";
  return undefined;
}

export function checkRepeat(password: string, repeat: string): FieldError | undefined {
  if (!repeat) return "required";
  return password === repeat ? undefined : "mismatch";
}

/** A TOTP code as the server expects it: exactly six digits. */
export function normalizeOtp(value: string): string {
  return value.replace(/\D/g, "").slice(0, 6);
}
