// A small JPEG carrying EXIF tags (camera, exposure, date, GPS), built byte by byte so tests need no
// image library, for checking what a server's media extractor reads from uploads.

const BASE_JPEG =
  "/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgQEBMQExYWFhYWFhoYGhsbGxoaGhobGxsdHR0iIiIdHR0bGx0dICAiIiUmJSMjIiMmJigoKDAwLi44ODpFRVP/xABLAAEBAAAAAAAAAAAAAAAAAAAABQEBAAAAAAAAAAAAAAAAAAAABhABAAAAAAAAAAAAAAAAAAAAABEBAAAAAAAAAAAAAAAAAAAAAP/AABEIABAAEAMBIgACEQADEQD/2gAMAwEAAhEDEQA/AIIB2Ov/2Q==";

type Entry = { tag: number; type: 2 | 3 | 4 | 5; values: (number | string)[] };

const ascii = (tag: number, s: string): Entry => ({ tag, type: 2, values: [s] });
const short = (tag: number, n: number): Entry => ({ tag, type: 3, values: [n] });
const rationals = (tag: number, ...pairs: [number, number][]): Entry => ({ tag, type: 5, values: pairs.flat() });

function valueBytes(e: Entry): Buffer {
  if (e.type === 2) return Buffer.from(`${e.values[0] as string}\0`, "latin1");
  const width = e.type === 3 ? 2 : 4;
  const b = Buffer.alloc(e.values.length * width);
  e.values.forEach((v, i) => (width === 2 ? b.writeUInt16LE(v as number, i * 2) : b.writeUInt32LE(v as number, i * 4)));
  return b;
}
const count = (e: Entry) => (e.type === 2 ? valueBytes(e).length : e.type === 5 ? e.values.length / 2 : e.values.length);

/** One IFD at `offset` (from the TIFF header) with its out-of-line values right after it. */
function ifd(entries: Entry[], offset: number): Buffer {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  const head = Buffer.alloc(2 + sorted.length * 12 + 4);
  head.writeUInt16LE(sorted.length, 0);
  const data: Buffer[] = [];
  let dataAt = offset + head.length;
  sorted.forEach((e, i) => {
    const at = 2 + i * 12;
    const v = valueBytes(e);
    head.writeUInt16LE(e.tag, at);
    head.writeUInt16LE(e.type, at + 2);
    head.writeUInt32LE(count(e), at + 4);
    if (v.length <= 4) v.copy(head, at + 8);
    else {
      head.writeUInt32LE(dataAt, at + 8);
      const padded = v.length % 2 ? Buffer.concat([v, Buffer.alloc(1)]) : v;
      data.push(padded);
      dataAt += padded.length;
    }
  });
  return Buffer.concat([head, ...data]);
}

export interface ExifFacts {
  make: string;
  model: string;
  lens: string;
  /** Seconds as a fraction, e.g. [1, 250]. */
  exposure: [number, number];
  fNumber: [number, number];
  iso: number;
  focalLength: [number, number];
  /** "YYYY:MM:DD HH:MM:SS", as cameras write it. */
  taken: string;
  /** Degrees; north and east positive. */
  lat: number;
  lng: number;
}

/** One camera's facts, the picture whose metadata was recorded from a real 4.0 server (server/fs/mediaMeta.test.ts). */
export const SAMPLE_PHOTO: ExifFacts = {
  make: "Canon",
  model: "Canon EOS R6",
  lens: "RF24-105mm F4 L IS USM",
  exposure: [1, 250],
  fNumber: [28, 10],
  iso: 400,
  focalLength: [35, 1],
  taken: "2024:05:01 10:20:30",
  lat: 48.85837,
  lng: 2.294481,
};

const dms = (deg: number): [number, number][] => {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = Math.round(((a - d) * 60 - m) * 60 * 1000);
  return [
    [d, 1],
    [m, 1],
    [s, 1000],
  ];
};

export function jpegWithExif(f: ExifFacts): Buffer {
  const exifEntries = [
    rationals(0x829a, f.exposure),
    rationals(0x829d, f.fNumber),
    short(0x8827, f.iso),
    ascii(0x9003, f.taken),
    rationals(0x920a, f.focalLength),
    ascii(0xa434, f.lens),
  ];
  const gpsEntries = [ascii(1, f.lat >= 0 ? "N" : "S"), rationals(2, ...dms(f.lat)), ascii(3, f.lng >= 0 ? "E" : "W"), rationals(4, ...dms(f.lng))];
  const ifd0Entries = (exifAt: number, gpsAt: number): Entry[] => [
    ascii(0x010f, f.make),
    ascii(0x0110, f.model),
    { tag: 0x8769, type: 4, values: [exifAt] },
    { tag: 0x8825, type: 4, values: [gpsAt] },
  ];
  // Sizes do not depend on the pointer values: lay IFD0 out once to learn where the others go.
  const ifd0Size = ifd(ifd0Entries(0, 0), 8).length;
  const exifAt = 8 + ifd0Size;
  const exifIfd = ifd(exifEntries, exifAt);
  const gpsAt = exifAt + exifIfd.length;
  const tiff = Buffer.concat([
    Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]),
    ifd(ifd0Entries(exifAt, gpsAt), 8),
    exifIfd,
    ifd(gpsEntries, gpsAt),
  ]);
  const payload = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  const base = Buffer.from(BASE_JPEG, "base64");
  return Buffer.concat([base.subarray(0, 2), app1, payload, base.subarray(2)]);
}
