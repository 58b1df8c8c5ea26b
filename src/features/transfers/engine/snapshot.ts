// What the upload panel reads: one immutable snapshot of every task with the totals, speed and
// time left. Rebuilt at most once per microtask after state changes and every PROGRESS_EMIT_MS
// while bytes flow, so a thousand chunk callbacks cost a handful of renders.
import type { CrUri } from "../../../lib/uri";
import { publishSummary } from "../summary";
import { isActive, totals, type Totals } from "./queue";
import { eta, SpeedMeter } from "./speed";
import { sentBytes, type Task, type TaskView } from "./task";

export interface Snapshot {
  tasks: readonly TaskView[];
  totals: Totals;
  speed: number;
  eta: number | null;
  /** Uploads whose name exists, waiting for an answer (first one is asked). */
  conflicts: readonly TaskView[];
  concurrency: number;
}

const PROGRESS_EMIT_MS = 250;

export class SnapshotPublisher {
  private readonly tasks: ReadonlyMap<string, Task>;
  private readonly concurrency: () => number;
  private listeners = new Set<() => void>();
  private snapshot: Snapshot;
  private emitQueued = false;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  private meter = new SpeedMeter();
  /** Last view of each task: unchanged tasks keep theirs, so their rows skip re-rendering. */
  private views = new Map<string, TaskView>();

  constructor(tasks: ReadonlyMap<string, Task>, concurrency: () => number) {
    this.tasks = tasks;
    this.concurrency = concurrency;
    this.snapshot = this.build();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Snapshot => this.snapshot;

  /** Something other than bytes changed: publish once the current microtask is done. */
  changed(): void {
    if (this.emitQueued) return;
    this.emitQueued = true;
    queueMicrotask(() => {
      this.emitQueued = false;
      this.emit();
    });
  }

  /** Bytes moved: measured now, published with the next progress tick. */
  progressed(task: Task): void {
    task.meter.add(performance.now(), sentBytes(task));
    this.progressTimer ??= setTimeout(() => {
      this.progressTimer = undefined;
      this.emit();
    }, PROGRESS_EMIT_MS);
  }

  emit(): void {
    this.snapshot = this.build();
    const t = this.snapshot.totals;
    publishSummary({
      active: t.active + t.waiting,
      percent: t.bytes > 0 ? Math.floor((t.sent / t.bytes) * 100) : t.count > 0 && t.done === t.count ? 100 : 0,
      visible: this.tasks.size > 0,
    });
    this.listeners.forEach((l) => l());
  }

  private build(): Snapshot {
    const now = performance.now();
    const views: TaskView[] = [];
    const previous = this.views;
    this.views = new Map();
    for (const t of this.tasks.values()) {
      const view = viewOf(t, previous.get(t.id));
      this.views.set(t.id, view);
      views.push(view);
    }
    const tot = totals(views);
    this.meter.add(now, tot.sent);
    const speed = tot.active > 0 ? this.meter.rate() : 0;
    if (tot.active === 0) this.meter.reset();
    return {
      tasks: views,
      totals: tot,
      speed,
      eta: tot.active > 0 ? eta(tot.bytes - tot.sent, speed) : null,
      conflicts: views.filter((v) => v.state === "conflict"),
      concurrency: this.concurrency(),
    };
  }
}

/** The task's view; `last` itself when nothing the panel shows has changed. */
function viewOf(t: Task, last: TaskView | undefined): TaskView {
  const sent = t.state === "done" ? t.size : sentBytes(t);
  const speed = isActive(t.state) ? t.meter.rate() : 0;
  const place = placeOf(t.uri);
  const name = t.uri.name || t.relativePath;
  const same =
    last &&
    last.sent === sent &&
    last.state === t.state &&
    last.speed === speed &&
    last.error === t.error &&
    last.resumedFrom === t.resumedFrom &&
    last.folderUri === place.folderUri &&
    last.name === name;
  if (same) return last;
  return {
    id: t.id,
    name,
    location: place.location,
    folderUri: place.folderUri,
    size: t.size,
    sent,
    state: t.state,
    speed,
    eta: isActive(t.state) ? eta(t.size - sent, speed) : null,
    error: t.error,
    resumedFrom: t.resumedFrom,
  };
}

/** Where a target URI sits, worked out once per URI: snapshots are rebuilt on every state change. */
const places = new WeakMap<CrUri, { location: string; folderUri: string }>();
function placeOf(uri: CrUri): { location: string; folderUri: string } {
  let place = places.get(uri);
  if (!place) {
    const folder = uri.parent();
    place = { location: "/" + folder.segments.join("/"), folderUri: folder.toString() };
    places.set(uri, place);
  }
  return place;
}
