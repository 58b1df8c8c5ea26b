import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pngjs from "pngjs";
import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import type { User } from "../state/types.ts";
import { softDelete } from "./ops.ts";
import { fsOf, type FsStore } from "./store.ts";
import { downscale, encodePng } from "./thumb.ts";
import type { Entity, FileNode } from "./types.ts";
import { shareRootUri } from "./uri.ts";

const { PNG } = pngjs;

/** Well-known seed values the e2e fixtures may rely on. */
export const SEED = {
  documentsSharePassword: "demo2025",
  bigFolder: "Big folder",
  bigFolderCount: 10_000,
  photoCount: 12,
} as const;

const DAY = 86_400_000;

const README = `# Welcome to Cloudreve

This is the demo account of the **stand-in server** used for development and tests.

- \`Documents\` holds a few text files (shared with a password).
- \`Photos\` holds generated images (shared publicly).
- \`Big folder\` holds 10,000 small files to exercise virtual scrolling.
`;

const TEXTS: Record<string, string> = {
  "README.md": README,
  "notes.txt": "Meeting notes\n\n- Ship the new explorer\n- Review upload throughput\n- Plan the share dialog\n",
  "todo.md": "# TODO\n\n- [x] Sign in\n- [ ] Upload a folder\n- [ ] Create a share link\n",
  "Quarterly report.txt": "Q3 revenue grew 12% over Q2.\nCosts stayed flat.\n".repeat(40),
  "changelog.md": "## 1.1.0\n\n- Faster listings\n\n## 1.0.0\n\n- First release\n",
  "data.csv": "id,name,score\n1,Ada,98\n2,Linus,91\n3,Grace,95\n",
};

const COLOURS: [string, number, number, number][] = [
  ["red", 229, 57, 53],
  ["orange", 251, 140, 0],
  ["yellow", 253, 216, 53],
  ["green", 67, 160, 71],
  ["teal", 0, 137, 123],
  ["cyan", 0, 172, 193],
  ["blue", 30, 136, 229],
  ["indigo", 57, 73, 171],
  ["purple", 142, 36, 170],
  ["pink", 216, 27, 96],
  ["brown", 109, 76, 65],
  ["grey", 117, 117, 117],
];
const SIZES: [number, number][] = [
  [640, 480],
  [800, 600],
  [480, 640],
  [1024, 768],
  [600, 600],
  [960, 540],
  [320, 240],
];

/**
 * Seed images are deterministic, so they are generated once per machine and kept in a cache outside
 * the data directory (which is wiped at start); this keeps a seeded start-up well under a second.
 */
const CACHE_DIR = join(tmpdir(), "cloudreve-standin-seed-v1");

async function cachedPng(w: number, h: number, r: number, g: number, b: number, box: [number, number]): Promise<{ png: Buffer; thumb: Buffer }> {
  const base = join(CACHE_DIR, `${w}x${h}-${r}-${g}-${b}-${box[0]}x${box[1]}`);
  try {
    const [png, thumb] = await Promise.all([readFile(`${base}.png`), readFile(`${base}.thumb.png`)]);
    return { png, thumb };
  } catch {
    const made = makePng(w, h, r, g, b, box);
    try {
      await mkdir(CACHE_DIR, { recursive: true });
      await Promise.all([writeFile(`${base}.png`, made.png), writeFile(`${base}.thumb.png`, made.thumb)]);
    } catch {
      // a read-only temp dir only costs speed
    }
    return made;
  }
}

/** A gradient image with a diagonal band, so thumbnails are recognisable. */
function makePng(w: number, h: number, r: number, g: number, b: number, box: [number, number]): { png: Buffer; thumb: Buffer } {
  const data = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) {
    const shade = 0.55 + (0.45 * y) / h;
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      const band = Math.abs(((x + y) % 160) - 80) < 10;
      data[i] = band ? 255 : Math.round(r * shade);
      data[i + 1] = band ? 255 : Math.round(g * shade);
      data[i + 2] = band ? 255 : Math.round(b * shade);
      data[i + 3] = 255;
    }
  }
  const png = new PNG({ width: w, height: h });
  data.copy(png.data);
  return {
    png: PNG.sync.write(png, { colorType: 2, inputColorType: 6, filterType: 1 }),
    thumb: encodePng(downscale({ width: w, height: h, data }, box[0], box[1])),
  };
}

class Seeder {
  private blobs = new Map<string, Entity>();
  private pending: Promise<unknown>[] = [];
  private clock: number;

  constructor(
    private store: FsStore,
    private owner: User,
  ) {
    this.clock = Date.now() - 120 * DAY;
  }

  /** Distinct timestamps spread over the past months (older first). */
  private tick(): Date {
    this.clock += Math.floor(DAY / 3);
    return new Date(Math.min(this.clock, Date.now()));
  }

  /** One blob per distinct content; entities are shared through reference counting. */
  entityFor(key: string, data: Buffer): Entity {
    let e = this.blobs.get(key);
    if (!e) {
      const path = this.store.blobPath(`seed-${this.owner.id}-${this.blobs.size}`);
      this.pending.push(writeFile(path, data));
      e = this.store.newEntity({ size: data.length, path, createdBy: this.owner.id, at: this.tick() });
      this.blobs.set(key, e);
    }
    return e;
  }

  folder(parent: FileNode, name: string): FileNode {
    return parent.children!.get(name) ?? this.store.create(parent, name, 1, { at: this.tick() });
  }

  file(parent: FileNode, name: string, data: Buffer, key = name, at = this.tick()): FileNode {
    const node = this.store.create(parent, name, 0, { at });
    const e = this.entityFor(key, data);
    this.store.linkEntity(node, e);
    this.store.setPrimary(node, e);
    return node;
  }

  text(parent: FileNode, name: string, content = TEXTS[name] ?? `${name}\n`): FileNode {
    return this.file(parent, name, Buffer.from(content, "utf8"), `text:${content}`);
  }

  async flush(): Promise<void> {
    await Promise.all(this.pending);
  }
}

/** Demo trees (contract-shaped data for the explorer and the e2e suite); keeps start-up fast. */
export async function seedFiles(state: State, users: { admin: User; user: User; reader: User }): Promise<void> {
  const store = fsOf(state);
  const { admin, user, reader } = users;

  // ---- demo user
  const s = new Seeder(store, user);
  const root = store.ensureRoot(user.id);
  const docs = s.folder(root, "Documents");
  for (const name of ["README.md", "notes.txt", "todo.md", "Quarterly report.txt", "changelog.md", "data.csv"]) s.text(docs, name);
  const drafts = s.text(docs, "old-draft.txt", "An old draft that was deleted.\n");

  const photos = s.folder(root, "Photos");
  const thumbs: Promise<unknown>[] = [];
  const images = await Promise.all(
    COLOURS.slice(0, SEED.photoCount).map(([, r, g, b], i) => {
      const [w, h] = SIZES[i % SIZES.length]!;
      return cachedPng(w, h, r, g, b, [state.settings.thumbWidth, state.settings.thumbHeight]);
    }),
  );
  for (let i = 0; i < SEED.photoCount; i++) {
    const [colour] = COLOURS[i % COLOURS.length]!;
    const { png, thumb } = images[i]!;
    const node = s.file(photos, `${String(i + 1).padStart(2, "0")}-${colour}.png`, png, `png:${i}`);
    thumbs.push(writeFile(join(store.thumbDir, `${node.primaryEntity}.png`), thumb));
  }

  const big = s.folder(root, SEED.bigFolder);
  const tiny = s.entityFor("big", Buffer.from("A small file in a big folder.\n"));
  const base = Date.now() - 30 * DAY;
  for (let i = 1; i <= SEED.bigFolderCount; i++) {
    const at = new Date(base + i * 60_000);
    const node = store.create(big, `file-${String(i).padStart(5, "0")}.txt`, 0, { at });
    store.linkEntity(node, tiny);
    store.setPrimary(node, tiny);
  }
  s.text(root, "Welcome.md", README);

  softDelete(state, store, drafts);

  const now = new Date();
  const docsShare = store.newShare({
    ownerId: user.id,
    fileId: docs.id,
    password: SEED.documentsSharePassword,
    views: 3,
    downloads: 0,
    shareView: true,
    createdAt: now,
  });
  const photosShare = store.newShare({ ownerId: user.id, fileId: photos.id, password: "", views: 12, downloads: 2, shareView: false, createdAt: now });
  void docsShare;

  // ---- admin: a small tree and a saved shortcut to the demo user's public share
  const a = new Seeder(store, admin);
  const aroot = store.ensureRoot(admin.id);
  const ops = a.folder(aroot, "Operations");
  a.text(ops, "runbook.md", "# Runbook\n\n1. Check the logs.\n2. Restart the service.\n");
  a.text(ops, "servers.csv", "host,role\nweb-1,frontend\ndb-1,database\n");
  a.text(aroot, "admin-notes.txt", "Admin notes.\n");
  store.create(aroot, "Demo's photos", 1, {
    at: now,
    symbolic: true,
    metadata: {
      "sys:shared_redirect": shareRootUri(encodeId(IdType.share, photosShare.id), ""),
      "sys:shared_owner": encodeId(IdType.user, user.id),
    },
  });

  // ---- read-only user
  const r = new Seeder(store, reader);
  const rroot = store.ensureRoot(reader.id);
  r.text(rroot, "Welcome.txt", "This account belongs to a read-only group.\n");
  const reading = r.folder(rroot, "Reading");
  r.text(reading, "chapter-1.md", "# Chapter 1\n\nIt was a bright cold day.\n");
  r.text(reading, "chapter-2.md", "# Chapter 2\n\nThe clocks were striking thirteen.\n");

  await Promise.all([s.flush(), a.flush(), r.flush(), ...thumbs]);
}
