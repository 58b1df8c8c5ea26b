import type { FileNode } from "./types.ts";

/**
 * The folder trees of the stand-in's file system, one per user: nodes by ID, each user's root,
 * trashed tops and share shortcuts, and the moves that keep children and sort caches in step.
 */
export class FsTree {
  readonly files = new Map<number, FileNode>();
  readonly roots = new Map<number, FileNode>();
  /** Trashed top-level nodes per user. */
  readonly trash = new Map<number, Set<FileNode>>();
  /** Share shortcuts (symbolic files) per user. */
  readonly symbolic = new Map<number, Set<FileNode>>();
  private nextFile = 1;

  ensureRoot(userId: number): FileNode {
    let root = this.roots.get(userId);
    if (!root) {
      root = this.newNode(userId, "", 1);
      this.roots.set(userId, root);
    }
    return root;
  }

  // ---------------------------------------------------------------- nodes

  protected newNode(ownerId: number, name: string, type: 0 | 1, at = new Date()): FileNode {
    const node: FileNode = {
      id: this.nextFile++,
      ownerId,
      name,
      type,
      size: 0,
      createdAt: at,
      updatedAt: at,
      metadata: new Map(),
      primaryEntity: 0,
      entities: [],
      isSymbolic: false,
    };
    if (type === 1) node.children = new Map();
    this.files.set(node.id, node);
    return node;
  }

  child(folder: FileNode, name: string): FileNode | undefined {
    return folder.children?.get(name);
  }

  /** Creates a folder or file under `parent`; the caller has checked the name is free. */
  create(parent: FileNode, name: string, type: 0 | 1, opts: { metadata?: Record<string, string>; symbolic?: boolean; at?: Date } = {}): FileNode {
    const node = this.newNode(parent.ownerId, name, type, opts.at);
    for (const [k, v] of Object.entries(opts.metadata ?? {})) node.metadata.set(k, v);
    if (opts.symbolic) {
      node.isSymbolic = true;
      this.symbolicSet(node.ownerId).add(node);
    }
    this.attach(parent, node);
    return node;
  }

  private symbolicSet(userId: number): Set<FileNode> {
    let set = this.symbolic.get(userId);
    if (!set) this.symbolic.set(userId, (set = new Set()));
    return set;
  }

  trashSet(userId: number): Set<FileNode> {
    let set = this.trash.get(userId);
    if (!set) this.trash.set(userId, (set = new Set()));
    return set;
  }

  attach(parent: FileNode, node: FileNode): void {
    node.parent = parent;
    parent.children!.set(node.name, node);
    this.invalidate(parent);
  }

  detach(node: FileNode): void {
    const parent = node.parent;
    if (!parent) return;
    parent.children!.delete(node.name);
    node.parent = undefined;
    this.invalidate(parent);
  }

  rename(node: FileNode, name: string): void {
    const parent = node.parent;
    if (parent) parent.children!.delete(node.name);
    node.name = name;
    if (parent) {
      parent.children!.set(name, node);
      this.invalidate(parent);
    }
  }

  /** Drops cached sort orders of a folder (call whenever a child is added, removed or changed). */
  invalidate(folder: FileNode | undefined): void {
    if (folder) folder.sorted = undefined;
  }

  /** Marks a node changed so its parent's sort caches refresh. */
  touch(node: FileNode, at = new Date()): void {
    node.updatedAt = at;
    this.invalidate(node.parent);
  }

  /** Path elements from the owner's root, or undefined when the node is not reachable from it (trash). */
  pathOf(node: FileNode): string[] | undefined {
    const out: string[] = [];
    let cur: FileNode | undefined = node;
    while (cur) {
      if (!cur.parent) {
        if (this.roots.get(cur.ownerId) !== cur) return undefined;
        return out.reverse();
      }
      out.push(cur.name);
      cur = cur.parent;
    }
    return undefined;
  }

  /** The trashed top-level node containing `node`, if any. */
  trashedAncestor(node: FileNode): FileNode | undefined {
    let cur: FileNode | undefined = node;
    while (cur) {
      if (cur.trashed) return cur;
      cur = cur.parent;
    }
    return undefined;
  }

  isAlive(node: FileNode): boolean {
    return this.files.get(node.id) === node && this.pathOf(node) !== undefined;
  }

  isRoot(node: FileNode): boolean {
    return this.roots.get(node.ownerId) === node;
  }

  isDescendantOrSelf(node: FileNode, ancestor: FileNode): boolean {
    for (let cur: FileNode | undefined = node; cur; cur = cur.parent) if (cur === ancestor) return true;
    return false;
  }

  /** Depth-first walk over a subtree including the start node. */
  *walk(node: FileNode): Generator<FileNode> {
    const stack = [node];
    while (stack.length) {
      const cur = stack.pop()!;
      yield cur;
      if (cur.children) for (const c of cur.children.values()) stack.push(c);
    }
  }
}
