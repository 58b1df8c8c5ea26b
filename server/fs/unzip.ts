import { inflateRawSync } from "node:zlib";
import { crc32 } from "./zip.ts";

/**
 * A zip reader with the behaviour of Go's archive/zip as the real server's extraction uses it
 * (through mholt/archiver): entries in central-directory order, names decoded from a given
 * charset only when they are not already UTF-8, stored and deflated entries, and the same errors
 * when data does not check out. Encryption is not understood (Go ignores the flag), so encrypted
 * entries fail their checks; other compression methods cannot be opened.
 */

export interface ZipEntryInfo {
  /** Name as the extraction sees it (see `decodeName`). */
  name: string;
  rawName: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  localOffset: number;
  isDir: boolean;
}

export class ZipFormatError extends Error {}

/** `mholt/archiver` charset names → WHATWG labels Node's TextDecoder knows. */
const CHARSETS: Record<string, string> = {
  ibm866: "ibm866",
  iso8859_2: "iso-8859-2",
  iso8859_3: "iso-8859-3",
  iso8859_4: "iso-8859-4",
  iso8859_5: "iso-8859-5",
  iso8859_6: "iso-8859-6",
  iso8859_7: "iso-8859-7",
  iso8859_8: "iso-8859-8",
  iso8859_8I: "iso-8859-8-i",
  iso8859_10: "iso-8859-10",
  iso8859_13: "iso-8859-13",
  iso8859_14: "iso-8859-14",
  iso8859_15: "iso-8859-15",
  iso8859_16: "iso-8859-16",
  koi8r: "koi8-r",
  koi8u: "koi8-u",
  macintosh: "macintosh",
  windows874: "windows-874",
  windows1250: "windows-1250",
  windows1251: "windows-1251",
  windows1252: "windows-1252",
  windows1253: "windows-1253",
  windows1254: "windows-1254",
  windows1255: "windows-1255",
  windows1256: "windows-1256",
  windows1257: "windows-1257",
  windows1258: "windows-1258",
  macintoshcyrillic: "x-mac-cyrillic",
  gbk: "gbk",
  gb18030: "gb18030",
  big5: "big5",
  eucjp: "euc-jp",
  iso2022jp: "iso-2022-jp",
  shiftjis: "shift_jis",
  euckr: "euc-kr",
  utf16be: "utf-16be",
  utf16le: "utf-16le",
};

/**
 * Go decides a name is "not UTF-8" when its bytes are not valid UTF-8, keeps the header's UTF-8
 * flag when the name could be either, and says UTF-8 when it is plain ASCII-ish.
 */
function isNonUtf8(raw: Buffer, flags: number): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return true;
  }
  let require = false;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || c > 0x7d || c === 0x5c) require = true;
  }
  if (!require) return false;
  return (flags & 0x800) === 0;
}

/**
 * The name extraction uses: decoded from `encoding` (an archiver charset name such as `gbk`) when
 * the name is not UTF-8 and the charset is known; otherwise the bytes as they are, which reach a
 * JSON client with invalid sequences replaced by U+FFFD.
 */
export function decodeName(raw: Buffer, flags: number, encoding: string): string {
  const label = encoding ? CHARSETS[encoding] : undefined;
  if (label && isNonUtf8(raw, flags)) {
    try {
      return new TextDecoder(label).decode(raw);
    } catch {
      // An encoding this Node build lacks: keep the bytes, like a failed decode on the server.
    }
  }
  return new TextDecoder("utf-8").decode(raw);
}

/** Parses the central directory; "zip: not a valid zip file" when there is none. */
export function readZipEntries(buf: Buffer, encoding = ""): ZipEntryInfo[] {
  const notZip = () => new ZipFormatError("zip: not a valid zip file");
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  let count = buf.readUInt16LE(eocd + 10);
  let dirOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 end of central directory, through its locator just before the classic record.
  if ((count === 0xffff || dirOffset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === 0x07064b50) {
    const at = Number(buf.readBigUInt64LE(eocd - 12));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== 0x06064b50) throw notZip();
    count = Number(buf.readBigUInt64LE(at + 32));
    dirOffset = Number(buf.readBigUInt64LE(at + 48));
  }
  const entries: ZipEntryInfo[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw notZip();
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const rawName = buf.subarray(p + 46, p + 46 + nameLen);
    const extra = buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    for (let e = 0; e + 4 <= extra.length; ) {
      const tag = extra.readUInt16LE(e);
      const len = extra.readUInt16LE(e + 2);
      if (tag === 0x0001) {
        let q = e + 4;
        const take = () => {
          const v = q + 8 <= e + 4 + len ? Number(extra.readBigUInt64LE(q)) : undefined;
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = take() ?? size;
        if (compressedSize === 0xffffffff) compressedSize = take() ?? compressedSize;
        if (localOffset === 0xffffffff) localOffset = take() ?? localOffset;
      }
      e += 4 + len;
    }
    const name = decodeName(Buffer.from(rawName), flags, encoding);
    entries.push({ name, rawName: Buffer.from(rawName), flags, method, crc, compressedSize, size, localOffset, isDir: name.endsWith("/") });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** `File.Open`: fails for methods Go cannot decompress (the extraction then skips the entry). */
export function canOpen(e: ZipEntryInfo): boolean {
  return e.isDir || e.method === 0 || e.method === 8;
}

/**
 * The entry's bytes as reading it to the end yields them, or the error Go's reader reports:
 * more bytes than declared → "zip: not a valid zip file", fewer → "unexpected EOF",
 * wrong CRC → "zip: checksum error", broken deflate data → "flate: corrupt input …".
 */
export function readEntry(buf: Buffer, e: ZipEntryInfo): Buffer {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw new ZipFormatError("zip: not a valid zip file");
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const raw = buf.subarray(start, start + e.compressedSize);
  let data: Buffer;
  if (e.method === 0) data = raw;
  else {
    try {
      data = inflateRawSync(raw);
    } catch {
      throw new ZipFormatError("flate: corrupt input before offset 0");
    }
  }
  if (data.length > e.size) throw new ZipFormatError("zip: not a valid zip file");
  if (data.length < e.size) throw new ZipFormatError("unexpected EOF");
  if (crc32(data) !== e.crc) throw new ZipFormatError("zip: checksum error");
  return data;
}

/** `Zip.Match`: the name contains ".zip" or the data starts with a local file header. */
export function looksLikeZip(name: string, head: Buffer): boolean {
  return name.toLowerCase().includes(".zip") || (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50);
}
