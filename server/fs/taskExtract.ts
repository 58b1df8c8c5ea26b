import { existsSync, readFileSync } from "node:fs";
import { AppError } from "../core/envelope.ts";
import { NavCap } from "../core/boolset.ts";
import { errPathNotExist, locate, openNav } from "./nav.ts";
import { displayName } from "./present.ts";
import { fsOf } from "./store.ts";
import { critical, type TaskKind } from "./tasks.ts";
import type { FileNode } from "./types.ts";
import { canOpen, looksLikeZip, readEntry, readZipEntries, ZipFormatError } from "./unzip.ts";
import { parseUri } from "./uri.ts";
import { errorText, goClean, identityOf, joinUri, serverMkdir, serverPut } from "./taskKit.ts";

// The `extract_archive` task.

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
