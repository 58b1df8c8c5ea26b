import { AppError } from "../core/envelope.ts";

const ILLEGAL = /[\\/:*?"<>|]/;

/** Name rules of `dbfs/validator.go`: no `\ / : * ? " < > |`, not `.`/`..`, 1–255 bytes. */
export function isValidName(name: string): boolean {
  if (name === "" || name === "." || name === "..") return false;
  if (Buffer.byteLength(name, "utf8") > 255) return false;
  return !ILLEGAL.test(name);
}

export function assertValidName(name: string): void {
  if (!isValidName(name)) throw new AppError(40052, "Invalid object name");
}

export function extOf(name: string): string {
  const i = name.lastIndexOf(".");
  return i > 0 ? name.slice(i + 1).toLowerCase() : "";
}

/** Extensions the stand-in can make thumbnails for (PNG is downscaled, others served as they are). */
export const THUMB_EXTS = new Set(["png", "jpg", "jpeg", "gif", "webp", "bmp"]);
