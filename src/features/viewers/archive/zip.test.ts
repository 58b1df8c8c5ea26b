import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildTree, findFolder } from "./tree";
import { memorySource, readDirectory, readEntry, type ByteSource } from "./zip";

/** A small zip writer for the tests: stored or deflated entries, optional UTF-8 flag and comment. */
function makeZip(files: { name: string; data?: string; deflate?: boolean; utf8?: boolean }[], comment = ""): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(enc.encode(f.name));
    const raw = Buffer.from(f.data ?? "");
    const body = f.deflate ? deflateRawSync(raw) : raw;
    const flags = f.utf8 === false ? 0 : 0x800;
    const method = f.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x6000, 10); // 12:00
    local.writeUInt16LE(((2024 - 1980) << 9) | (3 << 5) | 15, 12);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x6000, 12);
    central.writeUInt16LE(((2024 - 1980) << 9) | (3 << 5) | 15, 14);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return new Uint8Array(Buffer.concat([...locals, dir, end, Buffer.from(comment)]));
}

/** Counts the bytes read, to prove a listing does not read the whole archive. */
function counting(bytes: Uint8Array): ByteSource & { readBytes: number } {
  const src = memorySource(bytes);
  const out = { size: src.size, readBytes: 0, read: (s: number, e: number) => ((out.readBytes += e - s), src.read(s, e)) };
  return out;
}

describe("zip reader", () => {
  it("lists names, sizes and dates from the central directory, past a trailing comment", async () => {
    const zip = makeZip([{ name: "docs/" }, { name: "docs/readme.txt", data: "hello", deflate: true }, { name: "Ünïcode 文件.md", data: "x" }], "a comment");
    const entries = await readDirectory(memorySource(zip));
    expect(entries.map((e) => [e.name, e.dir, e.size, e.method])).toEqual([
      ["docs/", true, 0, 0],
      ["docs/readme.txt", false, 5, 8],
      ["Ünïcode 文件.md", false, 1, 0],
    ]);
    expect(entries[1]!.modified).toEqual(new Date(2024, 2, 15, 12, 0, 0));
  });

  it("reads stored and deflated entries", async () => {
    const text = "the quick brown fox ".repeat(500);
    const zip = makeZip([{ name: "a.txt", data: "stored" }, { name: "b.txt", data: text, deflate: true }]);
    const src = memorySource(zip);
    const [a, b] = await readDirectory(src);
    expect(new TextDecoder().decode(await readEntry(src, a!))).toBe("stored");
    expect(new TextDecoder().decode(await readEntry(src, b!))).toBe(text);
  });

  it("reads only the end of a large archive to list it", async () => {
    const big = "z".repeat(1_000_000);
    const src = counting(makeZip([{ name: "big.bin", data: big }, { name: "small.txt", data: "s" }]));
    const entries = await readDirectory(src);
    expect(entries.map((e) => e.name)).toEqual(["big.bin", "small.txt"]);
    expect(src.readBytes).toBeLessThan(70_000);
  });

  it("reads names without the UTF-8 flag as UTF-8 when they are, else byte by byte", async () => {
    const zip = makeZip([{ name: "café.txt", utf8: false }]);
    expect((await readDirectory(memorySource(zip)))[0]!.name).toBe("café.txt");
  });

  it("refuses what is not a zip", async () => {
    await expect(readDirectory(memorySource(new TextEncoder().encode("not an archive at all, just text")))).rejects.toThrow("not a zip");
  });
});

describe("archive tree", () => {
  it("makes the folders a zip implies, counts files and sizes, folders first", async () => {
    const zip = makeZip([{ name: "b.txt", data: "12" }, { name: "src/lib/x.ts", data: "1234" }, { name: "src/a.ts", data: "1" }, { name: "./src/" }, { name: "Assets/" }]);
    const root = buildTree(await readDirectory(memorySource(zip)));
    expect(root.children.map((c) => [c.name, c.dir])).toEqual([["Assets", true], ["src", true], ["b.txt", false]]);
    expect([root.files, root.size]).toEqual([3, 7]);
    const src = findFolder(root, "src");
    expect(src.children.map((c) => c.name)).toEqual(["lib", "a.ts"]);
    expect([src.files, src.size]).toEqual([2, 5]);
    expect(findFolder(root, "src/lib").children[0]!.path).toBe("src/lib/x.ts");
    expect(findFolder(root, "nowhere")).toBe(root);
  });
});
