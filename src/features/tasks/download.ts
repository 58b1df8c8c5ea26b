// What the remote downloads page needs to know about a download, apart from rendering it.
import type { DownloadFileStatus, DownloadStatus, Task } from "../../api/queries/workflow";

/** Links typed one per line: trimmed, blank lines dropped, each link once. */
export function parseLinks(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const link = line.trim();
    if (link) seen.add(link);
  }
  return [...seen];
}

/** 0…1 when the downloader knows the size, else undefined. */
export function downloadFraction(status: Pick<DownloadStatus, "total" | "downloaded"> | null | undefined): number | undefined {
  if (!status || !(status.total > 0)) return undefined;
  return Math.min(1, Math.max(0, status.downloaded / status.total));
}

/**
 * The state to show: the downloader's own once it reports one (downloading, seeding…) while the
 * task runs, else the task's status (queued, error, completed…).
 */
export function downloadState(task: Pick<Task, "status" | "summary">): string {
  const state = task.summary?.props?.download?.state;
  const running = task.status === "processing" || task.status === "suspending";
  if (running && state && state !== "unknown") return `download.${state}`;
  if (running && task.summary?.phase === "transfer") return "download.transfer";
  return `status.${task.status}`;
}

/** Files can be chosen only while the downloader watches the task (phase `monitor`). */
export function canSelectFiles(task: Pick<Task, "status" | "summary">): boolean {
  return (
    (task.status === "processing" || task.status === "suspending") && task.summary?.phase === "monitor" && Boolean(task.summary.props?.download?.files?.length)
  );
}

/** The server's file selection request: only the files whose choice changed. */
export function selectionChanges(files: readonly DownloadFileStatus[], chosen: ReadonlySet<number>): { index: number; download: boolean }[] {
  return files.filter((f) => f.selected !== chosen.has(f.index)).map((f) => ({ index: f.index, download: chosen.has(f.index) }));
}
