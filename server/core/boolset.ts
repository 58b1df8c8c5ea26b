/** Boolsets as the server serialises them: bit n in byte n>>3, LSB first, standard base64 (contract §7). */
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

export const NavCap = {
  CreateFile: 0,
  RenameFile: 1,
  UploadFile: 6,
  DownloadFile: 7,
  UpdateMetadata: 8,
  ListChildren: 9,
  GenerateThumb: 10,
  DeleteFile: 14,
  LockFile: 15,
  SoftDelete: 16,
  Restore: 17,
  Share: 18,
  Info: 19,
  VersionControl: 20,
  EnterFolder: 23,
  ModifyProps: 24,
} as const;

export const GroupPerm = {
  IsAdmin: 0,
  IsAnonymous: 1,
  Share: 2,
  WebDAV: 3,
  ArchiveDownload: 4,
  ArchiveTask: 5,
  WebDAVProxy: 6,
  ShareDownload: 7,
  RemoteDownload: 9,
  RedirectedSource: 11,
  AdvanceDelete: 12,
  IgnoreFileOwnership: 16,
} as const;

/** Community-edition navigator capability sets (contract §7.3). */
export const NAV_CAPS = {
  my: "w8edAQ==",
  share: "gIaYAQ==",
  trash: "AMIK",
  shared_with_me: "gAKA",
} as const;
