// The entries of an archive as folders: zips list files by full path and often leave out the
// folders themselves ("a/b/c.txt" alone implies "a/" and "a/b/"), so folders are made from paths.
import type { ZipEntry } from "./zip";

export interface ArchiveNode {
  /** The last path segment. */
  name: string;
  /** The path inside the archive without a trailing "/" ("" for the root). */
  path: string;
  dir: boolean;
  /** Uncompressed bytes; for a folder, everything under it. */
  size: number;
  modified: Date | undefined;
  /** Folders only: what is directly inside, folders first, then by name. */
  children: ArchiveNode[];
  /** Files under a folder, at any depth. */
  files: number;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

export function buildTree(entries: readonly ZipEntry[]): ArchiveNode {
  const root: ArchiveNode = { name: "", path: "", dir: true, size: 0, modified: undefined, children: [], files: 0 };
  const folders = new Map<string, ArchiveNode>([["", root]]);
  const folder = (path: string): ArchiveNode => {
    const found = folders.get(path);
    if (found) return found;
    const cut = path.lastIndexOf("/");
    const parent = folder(cut < 0 ? "" : path.slice(0, cut));
    const node: ArchiveNode = { name: path.slice(cut + 1), path, dir: true, size: 0, modified: undefined, children: [], files: 0 };
    parent.children.push(node);
    folders.set(path, node);
    return node;
  };
  for (const e of entries) {
    // "./a", "/a" and "a//b" name the same place; ".." would climb out and is shown as it is written.
    const parts = e.name.split("/").filter((s) => s !== "" && s !== ".");
    if (parts.length === 0) continue;
    const path = parts.join("/");
    if (e.dir) {
      const node = folder(path);
      node.modified ??= e.modified;
      continue;
    }
    const cut = path.lastIndexOf("/");
    const parent = folder(cut < 0 ? "" : path.slice(0, cut));
    parent.children.push({ name: parts[parts.length - 1]!, path, dir: false, size: e.size, modified: e.modified, children: [], files: 0 });
  }
  const total = (n: ArchiveNode): void => {
    n.children.sort((a, b) => (a.dir === b.dir ? collator.compare(a.name, b.name) : a.dir ? -1 : 1));
    for (const c of n.children) {
      if (c.dir) {
        total(c);
        n.files += c.files;
      } else n.files += 1;
      n.size += c.size;
    }
  };
  total(root);
  return root;
}

/** The folder at `path`, or the root when it is not there. */
export function findFolder(root: ArchiveNode, path: string): ArchiveNode {
  if (!path) return root;
  let node = root;
  for (const part of path.split("/")) {
    const next = node.children.find((c) => c.dir && c.name === part);
    if (!next) return root;
    node = next;
  }
  return node;
}
