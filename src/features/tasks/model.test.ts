import { describe, expect, it } from "vitest";
import type { Task } from "../../api/queries/workflow";
import {
  anyActive,
  folderHref,
  folderLabel,
  formatDuration,
  isActive,
  percent,
  phaseKey,
  progressLines,
  resultFolder,
  settledSince,
  statusKey,
  taskSubject,
  typeKey,
  urlName,
} from "./model";

const task = (over: Partial<Task>): Task => ({ created_at: "", updated_at: "", id: "t", status: "queued", type: "create_archive", ...over });

describe("statuses", () => {
  it("counts queued, processing and suspending as active", () => {
    expect(["queued", "processing", "suspending"].every(isActive)).toBe(true);
    expect(["error", "canceled", "completed", "whatever"].some(isActive)).toBe(false);
  });

  it("polls a list only while something in it is active", () => {
    expect(anyActive(undefined)).toBe(false);
    expect(anyActive([{ tasks: [] }])).toBe(false);
    expect(anyActive([{ tasks: [{ status: "completed" }] }, { tasks: [{ status: "error" }] }])).toBe(false);
    expect(anyActive([{ tasks: [{ status: "completed" }] }, { tasks: [{ status: "suspending" }] }])).toBe(true);
  });

  it("has words for unknown statuses and types", () => {
    expect(statusKey("completed")).toBe("completed");
    expect(statusKey("paused")).toBe("unknown");
    expect(typeKey("relocate")).toBe("relocate");
    expect(typeKey("media_meta")).toBe("unknown");
  });

  it("announces tasks that ended since the last look, and nothing else", () => {
    const before = new Map([
      ["a", "processing"],
      ["b", "queued"],
      ["c", "completed"],
      ["d", "suspending"],
    ]);
    const now = [
      task({ id: "a", status: "completed" }),
      task({ id: "b", status: "processing" }),
      task({ id: "c", status: "completed" }),
      task({ id: "d", status: "error" }),
      task({ id: "e", status: "error" }),
    ];
    expect(settledSince(before, now).map((t) => t.id)).toEqual(["a", "d"]);
  });
});

describe("phases", () => {
  it("names the phases of each type, and none for not started or unknown ones", () => {
    expect(phaseKey("create_archive", "compress_files")).toBe("phases.create_archive.compress_files");
    expect(phaseKey("create_archive", "not_started")).toBeUndefined();
    expect(phaseKey("extract_archive", "")).toBeUndefined();
    expect(phaseKey("extract_archive", "download_zip")).toBe("phases.extract_archive.download_zip");
    expect(phaseKey("remote_download", "monitor")).toBe("phases.remote_download.monitor");
    expect(phaseKey("remote_download", "compress_files")).toBeUndefined();
    expect(phaseKey("import", "anything")).toBeUndefined();
  });
});

describe("subjects", () => {
  it("names what each task is about", () => {
    expect(taskSubject(task({ type: "create_archive", summary: { props: { dst: "cloudreve://my/a%20b/photos%202024.zip" } } }))).toBe("photos 2024.zip");
    expect(taskSubject(task({ type: "extract_archive", summary: { props: { src: "cloudreve://my/x.zip", dst: "cloudreve://my/out" } } }))).toBe("x.zip");
    expect(taskSubject(task({ type: "import", summary: { props: { src_str: "/mnt/data" } } }))).toBe("/mnt/data");
    expect(
      taskSubject(task({ type: "remote_download", summary: { props: { src_str: "https://example.com/iso/ubuntu%2024.iso?x=1", src: "", download: null } } })),
    ).toBe("ubuntu 24.iso");
    expect(taskSubject(task({ type: "remote_download", summary: { props: { src_str: "", src: "cloudreve://my/t/linux.torrent" } } }))).toBe("linux.torrent");
    const named = { name: "Debian", state: "downloading" as const, total: 1, downloaded: 0, download_speed: 0, uploaded: 0, upload_speed: 0 };
    expect(taskSubject(task({ type: "remote_download", summary: { props: { src_str: "magnet:?xt=x", download: named } } }))).toBe("Debian");
    expect(taskSubject(task({ type: "create_archive" }))).toBe("");
  });

  it("reads a name from links", () => {
    expect(urlName("magnet:?xt=urn:btih:abc&dn=Big+Buck%20Bunny")).toBe("Big Buck Bunny");
    expect(urlName("magnet:?xt=urn:btih:abc")).toBe("magnet:?xt=urn:btih:abc");
    expect(urlName("https://example.com/")).toBe("example.com");
    expect(urlName(" ftp://h/p/file.bin ")).toBe("file.bin");
    expect(urlName("not a url")).toBe("not a url");
  });

  it("shows folders as paths and links them", () => {
    expect(folderLabel("cloudreve://my/Work/2024", "My files")).toBe("My files/Work/2024");
    expect(folderLabel("cloudreve://my", "My files")).toBe("My files");
    expect(folderLabel("cloudreve://x@share/a", "My files")).toBe("cloudreve://x@share/a");
    expect(folderHref("cloudreve://my/a b")).toBe("/home?path=cloudreve%3A%2F%2Fmy%2Fa+b");
    expect(resultFolder(task({ type: "create_archive", summary: { props: { dst: "cloudreve://my/a/b.zip" } } }))).toBe("cloudreve://my/a");
    expect(resultFolder(task({ type: "extract_archive", summary: { props: { dst: "cloudreve://my/out" } } }))).toBe("cloudreve://my/out");
    expect(resultFolder(task({ type: "extract_archive" }))).toBeUndefined();
  });
});

describe("progress", () => {
  it("orders known counters, then per-file transfers, then anything else", () => {
    const lines = progressLines({
      upload_single_1: { total: 10, current: 5, identifier: "cloudreve://my/dl/b.bin" },
      zeta: { total: 0, current: 2, identifier: "" },
      archive_size: { total: 0, current: 2048, identifier: "" },
      upload_single_0: { total: 0, current: 0, identifier: "cloudreve://my/dl/a.bin" },
      archive_count: { total: 4, current: 1, identifier: "" },
    });
    expect(lines.map((l) => l.identifier)).toEqual(["archive_count", "archive_size", "upload_single_0", "upload_single_1", "zeta"]);
    expect(lines[0]).toMatchObject({ labelKey: "progress.archive_count", kind: "count", fraction: 0.25 });
    expect(lines[1]).toMatchObject({ labelKey: "progress.archive_size", kind: "bytes", fraction: undefined, current: 2048 });
    expect(lines[3]).toMatchObject({ labelKey: "progress.single", kind: "bytes", name: "b.bin", fraction: 0.5 });
    expect(lines[4]).toMatchObject({ labelKey: "progress.other", name: "zeta" });
    expect(progressLines(undefined)).toEqual([]);
    expect(progressLines({})).toEqual([]);
  });

  it("never claims more than done, and says 100 only when done", () => {
    expect(progressLines({ upload: { total: 10, current: 12, identifier: "" } })[0]!.fraction).toBe(1);
    expect(percent(0.999)).toBe(99);
    expect(percent(1)).toBe(100);
    expect(percent(0.5)).toBe(50);
    expect(percent(-1)).toBe(0);
  });
});

describe("formatDuration", () => {
  it("shows the two largest units, tenths below ten seconds", () => {
    expect(formatDuration(0, "en-US")).toBe("0 sec");
    expect(formatDuration(420, "en-US")).toBe("0.4 sec");
    expect(formatDuration(3, "en-US")).toBe("0.1 sec");
    expect(formatDuration(9_990, "en-US")).toBe("9.9 sec");
    expect(formatDuration(12_700, "en-US")).toBe("12 sec");
    expect(formatDuration(60_000, "en-US")).toBe("1 min");
    expect(formatDuration(185_000, "en-US")).toBe("3 min 5 sec");
    expect(formatDuration(7_830_000, "en-US")).toBe("2 hr 10 min");
    expect(formatDuration(3_600_000, "en-US")).toBe("1 hr");
    expect(formatDuration(Number.NaN, "en-US")).toBe("0 sec");
    expect(formatDuration(185_000, "zh-CN")).toBe("3分钟 5秒");
  });
});
