import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

// Low cost parameters: this is a development stand-in, and tests create many accounts.
const PARAMS = { N: 1024, r: 8, p: 1 };

export function hashPassword(password: string): string {
  const salt = randomBytes(8).toString("hex");
  return `${salt}:${scryptSync(password, salt, 32, PARAMS).toString("hex")}`;
}

export function checkPassword(password: string, stored: string): boolean {
  const [salt, hash] = stored.split(":");
  if (!salt || !hash) return false;
  const actual = scryptSync(password, salt, 32, PARAMS);
  const expected = Buffer.from(hash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
