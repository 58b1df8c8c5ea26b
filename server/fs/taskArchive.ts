import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { AppError } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import { errPathNotExist, locate, openNav, userPath, type Nav } from "./nav.ts";
import { displayName } from "./present.ts";
import { fsOf } from "./store.ts";
import { critical, type TaskKind } from "./tasks.ts";
import type { FileNode } from "./types.ts";
import { parseUri } from "./uri.ts";
import { writeZip, type ZipEntry } from "./zip.ts";
import { cleanupTemp, errorText, identityOf, serverPut, tempRoot } from "./taskKit.ts";

// The `create_archive` task.

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

/** Owner-view path of a node as the navigator shows it ("/a/b"), for zip entry names. */
function viewPath(nav: Nav, node: FileNode): string {
  return "/" + parseUri(userPath(nav, node)).elements.join("/");
}

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
