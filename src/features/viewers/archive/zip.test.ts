import { describe, expect, it } from "vitest";
import { zipFixture } from "../../../../e2e/support/zipFixture";
import { buildTree, findFolder } from "./tree";
import { memorySource, readDirectory, readEntry, type ByteSource } from "./zip";

/** The shared test zip as a plain byte array of its own (a Buffer may be a view into a shared pool). */
const makeZip = (...args: Parameters<typeof zipFixture>) => new Uint8Array(zipFixture(...args));

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
    const zip = makeZip([
      { name: "a.txt", data: "stored" },
      { name: "b.txt", data: text, deflate: true },
    ]);
    const src = memorySource(zip);
    const [a, b] = await readDirectory(src);
    expect(new TextDecoder().decode(await readEntry(src, a!))).toBe("stored");
    expect(new TextDecoder().decode(await readEntry(src, b!))).toBe(text);
  });

  it("reads only the end of a large archive to list it", async () => {
    const big = "z".repeat(1_000_000);
    const src = counting(
      makeZip([
        { name: "big.bin", data: big },
        { name: "small.txt", data: "s" },
      ]),
    );
    const entries = await readDirectory(src);
    expect(entries.map((e) => e.name)).toEqual(["big.bin", "small.txt"]);
    expect(src.readBytes).toBeLessThan(70_000);
  });

  it("reads names without the UTF-8 flag as UTF-8 when they are, else byte by byte", async () => {
    const zip = makeZip([{ name: "café.txt", flags: 0 }]);
    expect((await readDirectory(memorySource(zip)))[0]!.name).toBe("café.txt");
  });

  it("refuses what is not a zip", async () => {
    await expect(readDirectory(memorySource(new TextEncoder().encode("not an archive at all, just text")))).rejects.toThrow("not a zip");
  });
});

describe("archive tree", () => {
  it("makes the folders a zip implies, counts files and sizes, folders first", async () => {
    const zip = makeZip([
      { name: "b.txt", data: "12" },
      { name: "src/lib/x.ts", data: "1234" },
      { name: "src/a.ts", data: "1" },
      { name: "./src/" },
      { name: "Assets/" },
    ]);
    const root = buildTree(await readDirectory(memorySource(zip)));
    expect(root.children.map((c) => [c.name, c.dir])).toEqual([
      ["Assets", true],
      ["src", true],
      ["b.txt", false],
    ]);
    expect([root.files, root.size]).toEqual([3, 7]);
    const src = findFolder(root, "src");
    expect(src.children.map((c) => c.name)).toEqual(["lib", "a.ts"]);
    expect([src.files, src.size]).toEqual([2, 5]);
    expect(findFolder(root, "src/lib").children[0]!.path).toBe("src/lib/x.ts");
    expect(findFolder(root, "nowhere")).toBe(root);
  });
});
