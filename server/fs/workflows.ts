import { randomUUID } from "node:crypto";
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join, posix, relative, resolve, sep } from "node:path";
import { AppError } from "../core/envelope.ts";
import { GroupPerm, NavCap } from "../core/boolset.ts";
import { encodeId, IdType } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import type { Identity, User } from "../state/types.ts";
import { assertUnlocked } from "./locks.ts";
import { isValidName } from "./names.ts";
import { errOwnerOnly, errPathNotExist, locate, openNav, ownerUri, userPath, type Nav } from "./nav.ts";
import { createChain, errExists, errQuota, quotaLeft } from "./ops.ts";
import { limitsOf, suffixAllowed } from "./policyLimits.ts";
import { displayName } from "./present.ts";
import { writeEntity } from "./routesContent.ts";
import { fsOf } from "./store.ts";
import { critical, TaskPanic, type Task, type TaskKind } from "./tasks.ts";
import type { FileNode } from "./types.ts";
import { canOpen, looksLikeZip, readEntry, readZipEntries, ZipFormatError } from "./unzip.ts";
import { parseUri } from "./uri.ts";
import { writeZip, type ZipEntry } from "./zip.ts";

/**
 * What the four task types of the community server do when they run on the master node
 * (`pkg/filemanager/workflows`): compress, extract, remote download (with no downloader set up:
 * the install default) and admin import. Error texts follow the Go error chains, since clients
 * show `error` / `error_history` verbatim.
 */

export const identityOf = (state: State, user: User): Identity => ({ user, group: state.groupOf(user) });

/** A plain (non-application) error: code -1 in an envelope, `detail` in task error texts. */
export function plainError(detail: string): AppError {
  return Object.assign(new AppError(-1, ""), { detail });
}

/** The text Go's `err.Error()` would give for an error of the stand-in. */
export function errorText(e: unknown): string {
  if (e instanceof AppError) return e.code === -1 ? ((e as AppError & { detail?: string }).detail ?? "") : e.message;
  return e instanceof Error ? e.message : String(e);
}

/**
 * `serializer.NewError(code, msg, cause)`: the envelope keeps the cause's code when the cause is
 * an application error (the innermost code wins), else `code`.
 */
export function wrapError(code: number, msg: string, cause: unknown): AppError {
  const inner = cause instanceof AppError && cause.code !== -1 ? cause : undefined;
  return new AppError(inner?.code ?? code, msg, inner?.data);
}

/** Owner-view path of a node as the navigator shows it ("/a/b"), for zip entry names. */
function viewPath(nav: Nav, node: FileNode): string {
  return "/" + parseUri(userPath(nav, node)).elements.join("/");
}

/**
 * `manager.Update` for bytes the server itself produces (a compressed archive, an extracted entry,
 * an imported file): the upload preparation's checks (capabilities, existence, owner, locks, name,
 * policy, quota, chained parent creation), then the bytes as the file's content.
 * `mode: "new"` refuses an existing target (entity type unset); `"version"` adds a version.
 */
export async function serverPut(state: State, owner: User, uri: string, data: Buffer, mode: "new" | "version", onParents?: () => void): Promise<FileNode> {
  const store = fsOf(state);
  const nav = openNav(state, identityOf(state, owner), uri, [NavCap.UploadFile, NavCap.LockFile]);
  const loc = locate(nav);
  const target = loc.target;
  if (target && (mode === "new" || target.type !== 0)) throw errExists();
  if (!target && !loc.ancestor) throw errPathNotExist();
  const anchor = target ?? loc.ancestor!;
  if (anchor.ownerId !== owner.id) throw errOwnerOnly();
  const elements = nav.uri.elements;
  const name = elements[elements.length - 1] ?? "";
  const path = target ? ownerUri(store, target) : ownerUri(store, loc.ancestor!) + "/" + elements.slice(loc.depth).map(encodeURIComponent).join("/");
  assertUnlocked(store, owner.id, owner.id, path);
  if (!name || Buffer.byteLength(name) >= 255) throw plainError("length of name must be between 1 and 255");
  if (!isValidName(name)) throw plainError(name === "." || name === ".." ? "name cannot be only dot" : "name contains illegal characters");
  const limits = limitsOf(state, owner.id);
  if (limits && !suffixAllowed(limits, name)) throw new AppError(40027, "File type not allowed");
  if (limits && limits.maxSize > 0 && data.length > limits.maxSize) throw new AppError(40049, "File is too large");
  if (data.length > quotaLeft(state, store, owner.id)) throw errQuota();
  // Missing folders on the way are created before the bytes are taken (they stay if that fails).
  const parent = target
    ? target.parent!
    : loc.depth < elements.length - 1
      ? createChain(store, loc.ancestor!, elements.slice(0, -1), loc.depth, 1)
      : loc.ancestor!;
  onParents?.();
  const entity = await writeEntity(store, data, owner.id);
  const file = target ?? store.create(parent, name, 0);
  store.linkEntity(file, entity);
  store.setPrimary(file, entity);
  store.touch(file);
  for (const eid of [...file.entities]) if (store.entities.get(eid)?.type === 1) store.unlinkEntity(file, eid);
  store.capVersions(file, store.retentionFor(owner, file.name));
  return file;
}

/** `fm.Create(uri, folder)`: an existing folder is fine, anything else in the way is an error. */
function serverMkdir(state: State, owner: User, uri: string): void {
  const store = fsOf(state);
  const nav = openNav(state, identityOf(state, owner), uri, [NavCap.CreateFile, NavCap.LockFile]);
  const loc = locate(nav);
  if (loc.target) {
    if (loc.target.type !== 1) throw errExists();
    return;
  }
  if (loc.ancestor!.ownerId !== owner.id) throw errOwnerOnly();
  createChain(store, loc.ancestor!, nav.uri.elements, loc.depth, 1);
}

/** Go's path.Clean. */
function goClean(p: string): string {
  if (p === "") return ".";
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}

/** Joins raw path elements to a URI, cleaning them as Go's JoinPath does. */
function joinUri(base: string, raw: string): { uri: string; path: string } {
  const parsed = parseUri(base);
  const basePath = "/" + parsed.elements.join("/");
  const joined = posix.join(basePath, ...raw.replace(/^\//, "").split("/"));
  const root = base.replace(/^(cloudreve:\/\/[^/?#]*).*$/, "$1");
  const els = joined.split("/").filter(Boolean);
  return { uri: `${root}${els.length ? "/" + els.map(encodeURIComponent).join("/") : ""}`, path: joined };
}

const tempRoot = (state: State) => join(state.config.dataDir, "temp", "fm_workflows");

function cleanupTemp(state: State, task: Task): void {
  rmSync(join(tempRoot(state), String(task.id)), { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// create_archive

interface ArchiveState {
  uris?: string[];
  dst?: string;
  temp_path?: string;
  archive_file?: string;
  phase?: string;
  failed?: number;
  node_id: number;
}

export const archiveKind: TaskKind = {
  async run(task, runner) {
    const state = runner.state;
    const s = task.state as unknown as ArchiveState;
    s.node_id = 1;
    const owner = task.owner;
    switch (s.phase ?? "") {
      case "":
      case "not_started": {
        s.temp_path = join(tempRoot(state), String(task.id));
        await mkdir(s.temp_path, { recursive: true });
        s.phase = "compress_files";
        runner.resumeAfter(task, 0);
        return "suspending";
      }
      case "compress_files": {
        task.progress.archive_count = { total: 0, current: 0, identifier: "" };
        task.progress.archive_size = { total: 0, current: 0, identifier: "" };
        const entries: ZipEntry[] = [];
        let failed = 0;
        const store = fsOf(state);
        for (const uri of s.uris ?? []) {
          let nav: Nav;
          let top: FileNode;
          try {
            nav = openNav(state, identityOf(state, owner), uri, [NavCap.DownloadFile]);
            const loc = locate(nav);
            if (!loc.target) throw errPathNotExist();
            if (nav.fs === "share" ? loc.target === nav.shareRoot : store.isRoot(loc.target)) throw new AppError(403, "not supported action");
            top = loc.target;
          } catch (e) {
            throw new Error(`failed to compress files: failed to get file ${uri}: ${errorText(e)}`);
          }
          const add = (f: FileNode, name: string) => {
            const entity = f.primaryEntity ? store.entities.get(f.primaryEntity) : undefined;
            if (!entity || entity.uploadSessionId) failed++;
            else entries.push({ name, dir: false, path: entity.path, size: entity.size, mtime: f.updatedAt });
            task.progress.archive_count!.current++;
            task.progress.archive_size!.current += f.size;
          };
          if (top.type === 0) add(top, posix.join("/", displayName(top)));
          else {
            const topDir = posix.dirname(viewPath(nav, top));
            for (const f of walkFiles(top)) {
              const dir = posix.dirname(viewPath(nav, f));
              add(f, posix.join(dir.startsWith(topDir) ? dir.slice(topDir.length) : dir, displayName(f)));
            }
          }
        }
        const name = `${randomUUID()}.zip`;
        await mkdir(s.temp_path!, { recursive: true });
        const out = createWriteStream(join(s.temp_path!, name));
        await writeZip(out, entries, { deflate: true });
        await new Promise<void>((r, j) => out.end((err?: Error | null) => (err ? j(err) : r())));
        delete task.progress.archive_count;
        delete task.progress.archive_size;
        s.failed = failed;
        s.archive_file = name;
        s.phase = "upload_archive";
        runner.resumeAfter(task, 0);
        return "suspending";
      }
      case "upload_archive": {
        let data: Buffer;
        try {
          data = await readFile(join(s.temp_path!, s.archive_file!));
        } catch (e) {
          throw new Error(`failed to open compressed archive "${s.archive_file}": ${errorText(e)}`);
        }
        task.progress.upload = { total: data.length, current: 0, identifier: "" };
        try {
          await serverPut(state, owner, s.dst!, data, "version");
        } catch (e) {
          throw new Error(`failed to upload archive file: faield to prepare uplaod: ${errorText(e)}`);
        }
        task.progress.upload.current = data.length;
        return "completed";
      }
      default:
        throw critical(`unknown phase "${s.phase}"`);
    }
  },
  summarize(raw) {
    const s = raw as unknown as ArchiveState;
    return {
      nodeId: s.node_id ?? 0,
      phase: s.phase ?? "",
      props: { src_multiple: s.uris?.length ? s.uris : null, dst: s.dst ?? "", failed: s.failed ?? 0 },
    };
  },
  cleanup: (task, state) => cleanupTemp(state, task),
};

/** `m.Walk` over a folder: level by level, ID order within a level, shortcuts not entered. */
function walkFiles(top: FileNode): FileNode[] {
  const out: FileNode[] = [];
  let level = [top];
  while (level.length) {
    const next: FileNode[] = [];
    for (const f of level) {
      if (f.type === 0 && !f.isSymbolic) out.push(f);
      if (f.type === 1 && !f.isSymbolic) next.push(...(f.children?.values() ?? []));
    }
    level = next.sort((a, b) => a.id - b.id);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// extract_archive

interface ExtractState {
  uri?: string;
  encoding?: string;
  dst?: string;
  processed_cursor?: string;
  node_id: number;
  phase?: string;
}

export const extractKind: TaskKind = {
  async run(task, runner) {
    const state = runner.state;
    const store = fsOf(state);
    const s = task.state as unknown as ExtractState;
    s.node_id = 1;
    const owner = task.owner;
    try {
      parseUri(s.uri ?? "");
    } catch (e) {
      throw critical(`failed to parse src uri: ${errorText(e)}`);
    }
    const dstParsed = (() => {
      try {
        return parseUri(s.dst ?? "");
      } catch (e) {
        throw critical(`failed to parse dst uri: ${errorText(e)}`);
      }
    })();
    let archive: FileNode;
    try {
      const nav = openNav(state, identityOf(state, owner), s.uri!, [NavCap.DownloadFile]);
      const loc = locate(nav);
      if (!loc.target) throw errPathNotExist();
      if (nav.fs === "share" ? loc.target === nav.shareRoot : store.isRoot(loc.target)) throw new AppError(403, "not supported action");
      archive = loc.target;
    } catch (e) {
      throw critical(`failed to get archive file: ${errorText(e)}`);
    }
    const entity = archive.primaryEntity ? store.entities.get(archive.primaryEntity) : undefined;
    const buf = entity && existsSync(entity.path) ? readFileSync(entity.path).subarray(0, entity.size) : Buffer.alloc(0);
    if (!looksLikeZip(displayName(archive), buf.subarray(0, 4))) {
      // The stand-in only knows zip; tar, 7z, rar… would be extracted by the real server.
      throw new Error("failed to identify archive format: no formats matched");
    }
    let entries;
    try {
      entries = readZipEntries(buf, s.encoding ?? "");
    } catch (e) {
      throw new Error(`failed to extract archive: ${errorText(e)}`);
    }
    task.progress.extract_count = { total: 0, current: 0, identifier: "" };
    task.progress.extract_size = { total: 0, current: 0, identifier: "" };
    const count = task.progress.extract_count;
    const bytes = task.progress.extract_size;
    const dstPath = "/" + dstParsed.elements.join("/");
    const legitPrefix = dstPath === "/" ? "/" : dstPath + "/";
    let skipping = Boolean(s.processed_cursor);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      // A retried task skips what an earlier attempt finished (the cursor itself included).
      if (skipping) {
        count.current++;
        bytes.current += e.size;
        if (e.name === s.processed_cursor) skipping = false;
        continue;
      }
      const rawPath = goClean(e.name.replaceAll("\\", "/"));
      const save = joinUri(s.dst!, rawPath);
      if (!save.path.startsWith(legitPrefix)) {
        count.current++;
        bytes.current += e.size;
        continue;
      }
      if (e.isDir) {
        try {
          serverMkdir(state, owner, save.uri);
        } catch {
          // A warning on the server; the extraction goes on.
        }
        count.current++;
        s.processed_cursor = e.name;
        continue;
      }
      if (!canOpen(e)) continue;
      const fail = (why: unknown) =>
        new Error(
          `failed to extract archive: handling file ${i}: ${e.name}: failed to upload file ${JSON.stringify(rawPath)} in archive file: ${errorText(why)}`,
        );
      let data: Buffer | undefined;
      let readError: unknown;
      try {
        data = readEntry(buf, e);
      } catch (err) {
        if (!(err instanceof ZipFormatError)) throw err;
        readError = err;
      }
      try {
        await serverPut(state, owner, save.uri, data ?? Buffer.alloc(0), "new", () => {
          if (readError) throw new Error(`failed to upload new entity: Failed to upload file: ${errorText(readError)}`);
        });
      } catch (err) {
        throw fail(err instanceof AppError ? `faield to prepare uplaod: ${errorText(err)}` : err);
      }
      count.current++;
      bytes.current += data!.length;
      s.processed_cursor = e.name;
    }
    return "completed";
  },
  summarize(raw) {
    const s = raw as unknown as ExtractState;
    return { nodeId: s.node_id ?? 0, phase: s.phase ?? "", props: { src: s.uri ?? "", dst: s.dst ?? "" } };
  },
};

// ---------------------------------------------------------------------------------------------
// remote_download

interface DownloadState {
  src_uri?: string;
  src_file_uri?: string;
  dst?: string;
  phase?: string;
  failed?: number;
  node_id: number;
}

/**
 * A fresh community install has a master node that claims remote download with the aria2
 * provider but no aria2 settings; creating the downloader dereferences that missing setting and
 * panics. So every remote download task is accepted, then fails on its first run.
 */
export const downloadKind: TaskKind = {
  async run() {
    throw new TaskPanic("runtime error: invalid memory address or nil pointer dereference");
  },
  summarize(raw) {
    const s = raw as unknown as DownloadState;
    return {
      nodeId: s.node_id ?? 0,
      phase: s.phase ?? "",
      props: { src_str: s.src_uri ?? "", src: s.src_file_uri ?? "", dst: s.dst ?? "", failed: s.failed ?? 0, download: null },
    };
  },
};

// ---------------------------------------------------------------------------------------------
// import (admin)

interface ImportState {
  policy_id: number;
  src: string;
  is_recursive: boolean;
  dst: string;
  phase: string;
  failed?: number;
  extract_media_meta: boolean;
}

/**
 * Physical paths are read below the stand-in's data directory (the real server reads any path
 * of the storage policy's machine); files are copied, not referenced. A path that does not exist
 * imports nothing and still completes, like the real directory walk.
 */
export const importKind: TaskKind = {
  async run(task, runner) {
    const state = runner.state;
    const s = task.state as unknown as ImportState;
    task.progress.indexed = { total: 0, current: 0, identifier: "" };
    try {
      parseUri(s.dst);
    } catch (e) {
      throw critical(`failed to parse dst: ${errorText(e)}`);
    }
    // The stand-in has one storage policy, ID 1.
    if (s.policy_id !== 1) throw new Error("failed to list physical files: ent: storage_policy not found");
    const found = listPhysical(state.config.dataDir, s.src, s.is_recursive);
    task.progress.indexed.current = found.length;
    task.progress.imported = { total: found.length, current: 0, identifier: "" };
    delete task.progress.indexed;
    for (const f of found) {
      const target = joinUri(s.dst, f.rel).uri;
      try {
        if (f.dir) serverMkdir(state, task.owner, target);
        else await serverPut(state, task.owner, target, readFileSync(f.abs), "new");
      } catch {
        // Existing files are skipped; other failures are counted in a variable the summary never
        // sees (the real task's `failed` stays 0).
      }
      task.progress.imported.current++;
    }
    return "completed";
  },
  summarize(raw) {
    const s = raw as unknown as ImportState;
    return {
      nodeId: 0,
      phase: s.phase ?? "",
      props: { dst: s.dst, src_str: s.src, failed: s.failed ?? 0, dst_policy_id: encodeId(IdType.policy, s.policy_id) },
    };
  },
};

function listPhysical(dataDir: string, src: string, recursive: boolean): { rel: string; abs: string; dir: boolean }[] {
  const base = resolve(dataDir);
  const root = resolve(base, "." + sep + src.replace(/^[/\\]+/, ""));
  if (root !== base && !root.startsWith(base + sep)) return [];
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  const out: { rel: string; abs: string; dir: boolean }[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const st = statSync(abs);
      out.push({ rel: relative(root, abs).split(sep).join("/"), abs, dir: st.isDirectory() });
      if (st.isDirectory() && recursive) visit(abs);
    }
  };
  visit(root);
  return out;
}

// ---------------------------------------------------------------------------------------------

export const KINDS = { create_archive: archiveKind, extract_archive: extractKind, remote_download: downloadKind, import: importKind };

export const canArchive = (who: Identity) => who.group.permission.has(GroupPerm.ArchiveTask);
export const canRemoteDownload = (who: Identity) => who.group.permission.has(GroupPerm.RemoteDownload);
