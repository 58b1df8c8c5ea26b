import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { encodeId, IdType } from "../core/ids.ts";
import { critical, type TaskKind } from "./tasks.ts";
import { parseUri } from "./uri.ts";
import { errorText, joinUri, serverMkdir, serverPut } from "./taskKit.ts";

// The admin's `import` task.

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
