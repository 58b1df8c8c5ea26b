import type { State } from "../state/state.ts";

/** Test-mode fault injection for chunk/part uploads, and request counters the tests can read. */
export interface Faults {
  /** Fraction (0..1) of chunk/part uploads answered with HTTP 500 (body discarded, nothing stored). */
  chunkFailRate: number;
  /** Delay (ms) applied to a fraction `chunkStallRate` of chunk/part uploads before they are handled. */
  chunkStallMs: number;
  chunkStallRate: number;
}

export interface Counters {
  chunkRequests: Map<string, number>;
  chunkFailures: Map<string, number>;
  partRequests: Map<string, number>;
  uploadSessions: number;
  completedUploads: number;
  archiveDownloads: number;
}

const faults = new WeakMap<State, Faults>();
const counters = new WeakMap<State, Counters>();

export function faultsOf(state: State): Faults {
  let f = faults.get(state);
  if (!f) faults.set(state, (f = { chunkFailRate: 0, chunkStallMs: 0, chunkStallRate: 0 }));
  return f;
}

export function countersOf(state: State): Counters {
  let c = counters.get(state);
  if (!c) {
    c = { chunkRequests: new Map(), chunkFailures: new Map(), partRequests: new Map(), uploadSessions: 0, completedUploads: 0, archiveDownloads: 0 };
    counters.set(state, c);
  }
  return c;
}

export function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Applies configured faults; returns true when the request must fail with HTTP 500. */
export async function injectFault(state: State, key: string): Promise<boolean> {
  if (!state.config.testMode) return false;
  const f = faultsOf(state);
  if (f.chunkStallMs > 0 && Math.random() < f.chunkStallRate) await new Promise((r) => setTimeout(r, f.chunkStallMs));
  if (f.chunkFailRate > 0 && Math.random() < f.chunkFailRate) {
    bump(countersOf(state).chunkFailures, key);
    return true;
  }
  return false;
}
