import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { deflateRawSync } from "node:zlib";
import type { Writable } from "node:stream";

/** A minimal streaming zip writer: stored or deflated, CRC-32, UTF-8 names, data descriptors. */

export interface ZipEntry {
  /** Path inside the archive; folders end with "/". */
  name: string;
  dir: boolean;
  /** File on disk with the bytes (files only; undefined = empty file). */
  path?: string;
  size: number;
  mtime: Date;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const FLAGS = 0x0808; // bit 3: data descriptor follows; bit 11: UTF-8 names
const LOCAL = 30;
const DESCRIPTOR = 16;
const CENTRAL = 46;
const END = 22;

/** Exact byte length of the archive, so it can be sent with a Content-Length. */
export function zipSize(entries: ZipEntry[]): number {
  let total = END;
  for (const e of entries) {
    const n = Buffer.byteLength(e.name);
    total += LOCAL + n + (e.dir ? 0 : e.size) + DESCRIPTOR + CENTRAL + n;
  }
  return total;
}

async function write(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk))
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        out.off("drain", onDrain);
        out.off("close", onClose);
        if (err) reject(err);
        else resolve();
      };
      const onDrain = () => done();
      const onClose = () => done(new Error("closed"));
      out.once("drain", onDrain);
      out.once("close", onClose);
    });
}

/**
 * Streams the archive to `out` (does not end it). `deflate`: compress file data (method 8), as the
 * real server's compress task does; the default stores it (the archive download route).
 */
export async function writeZip(out: Writable, entries: ZipEntry[], opts: { deflate?: boolean } = {}): Promise<void> {
  const method = opts.deflate ? 8 : 0;
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const { time, date } = dosTime(e.mtime);
    const local = Buffer.alloc(LOCAL);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(e.dir ? 0 : method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt16LE(name.length, 26);
    await write(out, Buffer.concat([local, name]));

    let crc = 0;
    let size = 0;
    let stored = 0;
    if (!e.dir && method === 8) {
      const data = e.path && e.size > 0 ? (await readFile(e.path)).subarray(0, e.size) : Buffer.alloc(0);
      crc = crc32(data);
      size = data.length;
      const packed = deflateRawSync(data);
      stored = packed.length;
      await write(out, packed);
    } else if (!e.dir && e.path && e.size > 0) {
      for await (const chunk of createReadStream(e.path, { end: e.size - 1 })) {
        const buf = chunk as Buffer;
        crc = crc32(buf, crc);
        size += buf.length;
        await write(out, buf);
      }
      stored = size;
    }
    if (size !== (e.dir ? 0 : e.size)) throw new Error(`zip: ${e.name} changed while archiving`);
    const desc = Buffer.alloc(DESCRIPTOR);
    desc.writeUInt32LE(0x08074b50, 0);
    desc.writeUInt32LE(crc, 4);
    desc.writeUInt32LE(stored, 8);
    desc.writeUInt32LE(size, 12);
    await write(out, desc);

    const c = Buffer.alloc(CENTRAL);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(0x0314, 4); // made by: Unix, spec 2.0
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(FLAGS, 8);
    c.writeUInt16LE(e.dir ? 0 : method, 10);
    c.writeUInt16LE(time, 12);
    c.writeUInt16LE(date, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(stored, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(e.dir ? ((0o40755 << 16) | 0x10) >>> 0 : (0o100644 << 16) >>> 0, 38);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += LOCAL + name.length + stored + DESCRIPTOR;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(END);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(out, Buffer.concat([dir, end]));
}
