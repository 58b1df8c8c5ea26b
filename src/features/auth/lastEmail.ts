/** The e-mail of the last sign-in on this device, offered again next time (never the password). */
const KEY = "cloudreve_last_email";

export function lastEmail(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function rememberEmail(email: string): void {
  try {
    localStorage.setItem(KEY, email);
  } catch {
    // Storage full or disabled: remembering is a convenience only.
  }
}
