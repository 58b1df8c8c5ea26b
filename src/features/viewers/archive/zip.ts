// A zip reader over any byte source: the central directory (names, sizes, dates) from the end of
// the file, and one entry's bytes on demand. Over HTTP the source asks for byte ranges, so listing
// a 2 GB archive reads a few kilobytes; the EPUB reader uses it on a whole book in memory.
// Inflating uses the browser's DecompressionStream ("deflate-raw"); nothing else is needed.

/** Bytes of a file by position; `end` is exclusive. */
export interface ByteSource {
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

export interface ZipEntry {
  /** The path inside the archive, "/"-separated; folders end with "/". */
  name: string;
  dir: boolean;
  /** Uncompressed bytes. */
  size: number;
  compressedSize: number;
  /** 0 stored, 8 deflated; anything else cannot be read here. */
  method: number;
  encrypted: boolean;
  modified: Date | undefined;
  /** Where the entry's local header starts. */
  offset: number;
}

export class ZipError extends Error {}

/** A range request answered with neither 206 nor 200. */
export class RangeStatusError extends ZipError {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65535. */
const TAIL = 22 + 0xffff;

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true));

const utf8 = new TextDecoder("utf-8");
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
// Names without the UTF-8 flag are meant as IBM code page 437 but are very often UTF-8 written by
// tools that never set the flag; the few that are not valid UTF-8 are read byte by byte.
const latin1 = new TextDecoder("latin1");
function decodeName(bytes: Uint8Array, flaggedUtf8: boolean): string {
  if (flaggedUtf8) return utf8.decode(bytes);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/** MS-DOS date and time → Date (local time, as zip tools write it); undefined when unset. */
function dosDate(date: number, time: number): Date | undefined {
  if (date === 0) return undefined;
  return new Date(1980 + (date >> 9), ((date >> 5) & 0xf) - 1, date & 0x1f, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2);
}

/** Reads the central directory: every entry, in the archive's order. */
export async function readDirectory(src: ByteSource): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, src.size - TAIL);
  const tail = await src.read(tailStart, src.size);
  const tv = view(tail);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipError("not a zip archive");
  let count = tv.getUint16(at + 10, true);
  let dirSize = tv.getUint32(at + 12, true);
  let dirStart = tv.getUint32(at + 16, true);
  if (count === 0xffff || dirSize === 0xffffffff || dirStart === 0xffffffff) {
    // Zip64: the locator sits just before the end record and points at the 64-bit end record.
    const locAt = tailStart + at - 20;
    const loc = locAt >= tailStart ? tail.subarray(at - 20, at) : await src.read(locAt, locAt + 20);
    const lv = view(loc);
    if (lv.getUint32(0, true) !== EOCD64_LOCATOR) throw new ZipError("broken zip64 archive");
    const recAt = u64(lv, 8);
    const rv = view(await src.read(recAt, recAt + 56));
    if (rv.getUint32(0, true) !== EOCD64) throw new ZipError("broken zip64 archive");
    count = u64(rv, 32);
    dirSize = u64(rv, 40);
    dirStart = u64(rv, 48);
  }
  if (dirStart + dirSize > src.size) throw new ZipError("truncated zip archive");
  const dir = dirStart >= tailStart ? tail.subarray(dirStart - tailStart, dirStart - tailStart + dirSize) : await src.read(dirStart, dirStart + dirSize);
  const dv = view(dir);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count && p + 46 <= dir.length; n++) {
    if (dv.getUint32(p, true) !== CENTRAL) throw new ZipError("broken central directory");
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const time = dv.getUint16(p + 12, true);
    const date = dv.getUint16(p + 14, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let offset = dv.getUint32(p + 42, true);
    const name = decodeName(dir.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    // Zip64 extra field: the 64-bit values of exactly the fields that hold 0xFFFFFFFF, in order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = dv.getUint16(e, true);
      const len = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(dv, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(dv, q);
          q += 8;
        }
        if (offset === 0xffffffff) offset = u64(dv, q);
      }
      e += 4 + len;
    }
    const clean = name.replace(/\\/g, "/");
    entries.push({ name: clean, dir: clean.endsWith("/"), size, compressedSize, method, encrypted: (flags & 1) !== 0, modified: dosDate(date, time), offset });
    p = extraEnd + commentLen;
  }
  return entries;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The uncompressed bytes of one file entry. */
export async function readEntry(src: ByteSource, entry: ZipEntry): Promise<Uint8Array> {
  if (entry.encrypted) throw new ZipError("encrypted entry");
  const head = view(await src.read(entry.offset, entry.offset + 30));
  if (head.getUint32(0, true) !== LOCAL) throw new ZipError("broken local header");
  const start = entry.offset + 30 + head.getUint16(26, true) + head.getUint16(28, true);
  const raw = await src.read(start, start + entry.compressedSize);
  if (entry.method === 0) return raw;
  if (entry.method === 8) return inflate(raw);
  throw new ZipError(`unsupported compression method ${entry.method}`);
}

/** A source over bytes already in memory. */
export const memorySource = (bytes: Uint8Array): ByteSource => ({ size: bytes.length, read: (s, e) => Promise.resolve(bytes.subarray(s, e)) });

/**
 * A source over a URL by HTTP range requests. A server that ignores ranges (answers 200 with the
 * whole body) is read once and then served from memory. No credentials: signed URLs carry their own.
 */
export function httpSource(url: string, size: number, signal?: AbortSignal): ByteSource {
  let whole: Promise<Uint8Array> | undefined;
  return {
    size,
    async read(start, end) {
      if (end <= start) return new Uint8Array(0);
      if (whole) return (await whole).subarray(start, end);
      const res = await fetch(url, { headers: { Range: `bytes=${start}-${end - 1}` }, signal, credentials: "omit" });
      if (res.status === 206) return new Uint8Array(await res.arrayBuffer());
      if (res.status === 200) {
        whole = res.arrayBuffer().then((b) => new Uint8Array(b));
        return (await whole).subarray(start, end);
      }
      throw new RangeStatusError(res.status);
    },
  };
}
