/** Boolsets as the server serialises them: bit n in byte n>>3, LSB first, standard base64 (docs/server-behaviour.md, "Ids, times and boolsets"). */
export function encodeBits(bits: Iterable<number>): string {
  const list = [...bits];
  if (list.length === 0) return "";
  const bytes = Buffer.alloc((Math.max(...list) >> 3) + 1);
  for (const b of list) bytes[b >> 3]! |= 1 << (b & 7);
  return bytes.toString("base64");
}

export function decodeBits(b64: string): Set<number> {
  const out = new Set<number>();
  const bytes = Buffer.from(b64, "base64");
  bytes.forEach((byte, i) => {
    for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) out.add(i * 8 + bit);
  });
  return out;
}

// The bit names are the contract's, shared with the app so the two can never disagree.
export { GroupPerm, NavCap } from "../../src/lib/capabilities.ts";

/** Community-edition navigator capability sets (docs/server-behaviour.md, "Capabilities and permissions"). */
export const NAV_CAPS = {
  my: "w8edAQ==",
  share: "gIaYAQ==",
  trash: "AMIK",
  shared_with_me: "gAKA",
} as const;
