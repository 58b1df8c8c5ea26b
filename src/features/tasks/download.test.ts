import { describe, expect, it } from "vitest";
import type { DownloadStatus, Task } from "../../api/queries/workflow";
import { canSelectFiles, downloadFraction, downloadState, parseLinks, selectionChanges } from "./download";

const status = (over: Partial<DownloadStatus> = {}): DownloadStatus => ({
  name: "x",
  state: "downloading",
  total: 100,
  downloaded: 25,
  download_speed: 0,
  uploaded: 0,
  upload_speed: 0,
  ...over,
});
const task = (over: Partial<Task>): Task => ({ created_at: "", updated_at: "", id: "t", status: "processing", type: "remote_download", ...over });

describe("parseLinks", () => {
  it("takes one link per line, trimmed, blank lines and repeats dropped", () => {
    expect(parseLinks(" https://a/1 \r\n\n  \nmagnet:?xt=1\nhttps://a/1\n")).toEqual(["https://a/1", "magnet:?xt=1"]);
    expect(parseLinks("\n \n")).toEqual([]);
  });
});

describe("download progress", () => {
  it("is known only with a total", () => {
    expect(downloadFraction(status())).toBe(0.25);
    expect(downloadFraction(status({ total: 0 }))).toBeUndefined();
    expect(downloadFraction(null)).toBeUndefined();
    expect(downloadFraction(status({ downloaded: 200 }))).toBe(1);
  });

  it("shows the downloader's state while running, else the task's", () => {
    expect(downloadState(task({ summary: { phase: "monitor", props: { download: status({ state: "seeding" }) } } }))).toBe("download.seeding");
    expect(downloadState(task({ summary: { phase: "monitor", props: { download: status({ state: "unknown" }) } } }))).toBe("status.processing");
    expect(downloadState(task({ summary: { phase: "transfer", props: { download: null } } }))).toBe("download.transfer");
    expect(downloadState(task({ status: "error", summary: { props: { download: status() } } }))).toBe("status.error");
    expect(downloadState(task({ status: "queued" }))).toBe("status.queued");
  });
});

describe("file selection", () => {
  const files = [
    { index: 0, name: "a", size: 1, progress: 0, selected: true },
    { index: 1, name: "b", size: 1, progress: 0, selected: false },
    { index: 2, name: "c", size: 1, progress: 0, selected: true },
  ];

  it("sends only the files whose choice changed", () => {
    expect(selectionChanges(files, new Set([0, 2]))).toEqual([]);
    expect(selectionChanges(files, new Set([0, 1]))).toEqual([
      { index: 1, download: true },
      { index: 2, download: false },
    ]);
  });

  it("is possible only while the downloader watches a running task", () => {
    const withFiles = { phase: "monitor", props: { download: status({ files }) } };
    expect(canSelectFiles(task({ summary: withFiles }))).toBe(true);
    expect(canSelectFiles(task({ status: "suspending", summary: withFiles }))).toBe(true);
    expect(canSelectFiles(task({ status: "completed", summary: withFiles }))).toBe(false);
    expect(canSelectFiles(task({ summary: { ...withFiles, phase: "transfer" } }))).toBe(false);
    expect(canSelectFiles(task({ summary: { phase: "monitor", props: { download: status() } } }))).toBe(false);
  });
});
