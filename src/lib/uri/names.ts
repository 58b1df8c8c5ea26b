// File and folder names the server accepts.

export type NameError = "nameEmpty" | "nameTooLong" | "nameIllegalChar" | "nameReserved";

const ILLEGAL_NAME_CHARS = /[\\/:*?"<>|]/;
const MAX_NAME_BYTES = 255;
const utf8 = new TextEncoder();

/** The server's validateFileName rules, checked in the same order; null when the name is valid. */
export function validateName(name: string): NameError | null {
  if (name.length === 0) return "nameEmpty";
  if (utf8.encode(name).length > MAX_NAME_BYTES) return "nameTooLong";
  if (ILLEGAL_NAME_CHARS.test(name)) return "nameIllegalChar";
  if (name === "." || name === "..") return "nameReserved";
  return null;
}
