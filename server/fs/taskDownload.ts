import { TaskPanic, type TaskKind } from "./tasks.ts";

// The `remote_download` task.

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
