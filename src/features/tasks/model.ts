// What the tasks and downloads pages show of a task, apart from rendering it (docs/server-behaviour.md, "Background tasks").
import type { Progress, Task, TaskProgress, TaskStatus } from "../../api/queries/workflow";
import { tryParseUri } from "../../lib/uri";

import { isActive } from "./activeStatus";

export { isActive };

/** Any task of a loaded list still runs, so the list is worth polling. */
export function anyActive(pages: readonly { tasks: readonly Pick<Task, "status">[] }[] | undefined): boolean {
  return Boolean(pages?.some((p) => p.tasks.some((t) => isActive(t.status))));
}

/** Statuses the app has texts for; anything newer reads as "unknown" rather than as a raw word. */
export const KNOWN_STATUSES: readonly TaskStatus[] = ["queued", "processing", "suspending", "error", "canceled", "completed"];
export const statusKey = (status: string) => ((KNOWN_STATUSES as readonly string[]).includes(status) ? status : "unknown");

export const KNOWN_TYPES = ["create_archive", "extract_archive", "remote_download", "import", "relocate"] as const;
export const typeKey = (type: string) => ((KNOWN_TYPES as readonly string[]).includes(type) ? type : "unknown");

/**
 * The phases the server reports per task type (`summary.phase`), for "what is it doing now".
 * An empty phase means "not started" for every type; phases a newer server adds are not named.
 */
const PHASES: Readonly<Record<string, readonly string[]>> = {
  create_archive: ["not_started", "compress_files", "upload_archive", "await_slave_compressing", "await_slave_uploading", "complete_upload"],
  extract_archive: ["download_zip", "await_slave_complete"],
  remote_download: ["monitor", "transfer", "seeding"],
};

/** `phases.<type>.<phase>` for a phase worth naming, else undefined. */
export function phaseKey(type: string, phase: string | undefined): string | undefined {
  if (!phase || phase === "not_started") return undefined;
  return PHASES[type]?.includes(phase) ? `phases.${type}.${phase}` : undefined;
}

/** The last path segment of a cloudreve:// URI, decoded ("" for a root or something unparseable). */
export function uriName(uri: string | undefined | null): string {
  if (!uri) return "";
  return tryParseUri(uri)?.name ?? "";
}

/** The file name a URL points at ("…/ubuntu.iso?x=1" → "ubuntu.iso"), the magnet's name, or the URL. */
export function urlName(url: string): string {
  const trimmed = url.trim();
  if (/^magnet:/i.test(trimmed)) {
    const dn = /[?&]dn=([^&]*)/i.exec(trimmed)?.[1];
    if (dn) {
      try {
        return decodeURIComponent(dn.replace(/\+/g, " "));
      } catch {
        return dn;
      }
    }
    return trimmed;
  }
  try {
    const u = new URL(trimmed);
    const last = u.pathname.split("/").filter(Boolean).pop();
    return last ? decodeURIComponent(last) : u.host || trimmed;
  } catch {
    return trimmed;
  }
}

/** What a task is about, for its title: the archive made, the archive extracted, the download's name. */
export function taskSubject(task: Pick<Task, "type" | "summary">): string {
  const props = task.summary?.props;
  switch (task.type) {
    case "create_archive":
      return uriName(props?.dst);
    case "extract_archive":
      return uriName(props?.src);
    case "remote_download":
      return props?.download?.name || (props?.src_str ? urlName(props.src_str) : uriName(props?.src));
    case "import":
      return props?.src_str ?? "";
    default:
      return uriName(props?.dst);
  }
}

// Progress identifiers of the community server (docs/server-behaviour.md, "Background tasks") and whether they count files or
// bytes. `upload_single_<worker>` carries the destination URI of the file being transferred.
const PROGRESS: Readonly<Record<string, "count" | "bytes">> = {
  archive_count: "count",
  archive_size: "bytes",
  upload_count: "count",
  upload: "bytes",
  download: "bytes",
  extract_count: "count",
  extract_size: "bytes",
  indexed: "count",
  imported: "count",
  relocate: "count",
};
const ORDER = Object.keys(PROGRESS);
const SINGLE = /^upload_single_(\d+)$/;

export interface ProgressLine {
  identifier: string;
  /** i18n key of the line's label (`progress.<identifier>`, `progress.single` or `progress.other`). */
  labelKey: string;
  kind: "count" | "bytes";
  current: number;
  /** 0 when the server does not know the total (the master node compresses without one). */
  total: number;
  /** 0…1 when the total is known. */
  fraction: number | undefined;
  /** A file's name, for the per-file transfer lines. */
  name?: string;
}

/** Counters of a running task in a stable order: known ones first, then per-file transfers. */
export function progressLines(progress: TaskProgress | undefined): ProgressLine[] {
  if (!progress) return [];
  const rank = (id: string) => {
    const i = ORDER.indexOf(id);
    if (i >= 0) return i;
    const single = SINGLE.exec(id);
    return single ? ORDER.length + Number(single[1]) : Number.MAX_SAFE_INTEGER;
  };
  return Object.entries(progress)
    .filter((e): e is [string, Progress] => Boolean(e[1]))
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([identifier, p]) => {
      const total = Math.max(0, p.total || 0);
      const current = Math.max(0, p.current || 0);
      const fraction = total > 0 ? Math.min(1, current / total) : undefined;
      const known = PROGRESS[identifier];
      if (known) return { identifier, labelKey: `progress.${identifier}`, kind: known, current, total, fraction };
      if (SINGLE.test(identifier))
        return { identifier, labelKey: "progress.single", kind: "bytes" as const, current, total, fraction, name: uriName(p.identifier) || p.identifier };
      return { identifier, labelKey: "progress.other", kind: "count" as const, current, total, fraction, name: identifier };
    });
}

/** A whole percentage that only says 100 once the work is done. */
export function percent(fraction: number): number {
  const p = Math.floor(fraction * 100);
  return fraction >= 1 ? 100 : Math.min(99, Math.max(0, p));
}

const units = new Map<string, Intl.NumberFormat>();
function unit(locale: string | undefined, u: "hour" | "minute" | "second", digits: number): Intl.NumberFormat {
  const key = `${locale ?? ""}|${u}|${digits}`;
  let f = units.get(key);
  if (!f) units.set(key, (f = new Intl.NumberFormat(locale, { style: "unit", unit: u, unitDisplay: "short", maximumFractionDigits: digits })));
  return f;
}

/**
 * How long a task has run (`duration`, milliseconds): "0.4 sec", "12 sec", "3 min 5 sec",
 * "2 hr 10 min" — the two largest units, seconds with one decimal below ten.
 */
export function formatDuration(ms: number, locale?: string): string {
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const seconds = safe / 1000;
  // A few milliseconds of work read as "0.1 sec", not "0 sec", which looks like it never ran.
  if (seconds < 10) return unit(locale, "second", 1).format(safe > 0 ? Math.max(0.1, Math.floor(seconds * 10) / 10) : 0);
  if (seconds < 60) return unit(locale, "second", 0).format(Math.floor(seconds));
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const parts =
    h > 0
      ? [unit(locale, "hour", 0).format(h), m > 0 ? unit(locale, "minute", 0).format(m) : ""]
      : [unit(locale, "minute", 0).format(m), s > 0 ? unit(locale, "second", 0).format(s) : ""];
  return parts.filter(Boolean).join(" ");
}

/**
 * Status changes between two looks at a list, for a screen reader's live region: tasks that were
 * seen before and have now ended. New tasks and tasks that merely moved on are left out.
 */
export function settledSince(before: ReadonlyMap<string, string>, now: readonly Pick<Task, "id" | "status">[]): Pick<Task, "id" | "status">[] {
  return now.filter((t) => {
    const was = before.get(t.id);
    return was !== undefined && was !== t.status && isActive(was) && !isActive(t.status);
  });
}

/** A folder as people read it: "My files/Work/2024"; other file systems show their URI. */
export function folderLabel(uri: string, myFiles: string): string {
  const parsed = tryParseUri(uri);
  if (parsed?.fs !== "my" || parsed.id) return uri;
  return [myFiles, ...parsed.segments].join("/");
}

/** The explorer's address of a folder. */
export const folderHref = (uri: string) => `/home?${new URLSearchParams({ path: uri }).toString()}`;

/** The folder a task's result landed in: the archive's folder, or the extraction's destination. */
export function resultFolder(task: Pick<Task, "type" | "summary">): string | undefined {
  const dst = task.summary?.props?.dst;
  if (!dst) return undefined;
  const parsed = tryParseUri(dst);
  if (!parsed) return undefined;
  return task.type === "create_archive" ? parsed.parent().toString() : parsed.toString();
}
