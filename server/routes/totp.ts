import { Secret, TOTP } from "otpauth";

/** pquerna/otp defaults, which the real server uses: SHA1, 6 digits, 30 s, one step of skew. */
const PARAMS = { algorithm: "SHA1", digits: 6, period: 30, window: 1 } as const;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpValid(code: string, secretBase32: string): boolean {
  if (!secretBase32 || !/^\d{6}$/.test(code)) return false;
  try {
    return TOTP.validate({ token: code, secret: Secret.fromBase32(secretBase32), ...PARAMS }) !== null;
  } catch {
    return false;
  }
}
