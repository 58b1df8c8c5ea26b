import type { IncomingMessage, ServerResponse } from "node:http";
import { HANDLED } from "../core/router.ts";
import type { State } from "../state/state.ts";

/** Test-mode fault injection (uploads, folder creation, signed URLs), and request counters the tests can read. */
export interface Faults {
  /** Fraction (0..1) of chunk/part uploads answered with HTTP 500 (body discarded, nothing stored), spread evenly. */
  chunkFailRate: number;
  /** Delay (ms) applied to a fraction `chunkStallRate` of chunk/part uploads before they are handled. */
  chunkStallMs: number;
  chunkStallRate: number;
  /**
   * How many of the next `POST /file/create` calls answer HTTP 500 with an empty body, as the real
   * server's panic recovery does (a nil-pointer panic seen there after `PUT /file/source`).
   */
  createFail500: number;
  /** When true those calls create the file or folder first, then answer 500. */
  createFail500After: boolean;
  /**
   * How many of the next signed URLs handed out (`POST /file/url`, `GET /file/thumb`) carry a
   * signature the server will not accept, so fetching them answers 40071 "invalid sign" as JSON
   * with HTTP 200 — what a client gets from a server whose links point at another instance.
   */
  badSignedUrls: number;
}

const noFaults = (): Faults => ({ chunkFailRate: 0, chunkStallMs: 0, chunkStallRate: 0, createFail500: 0, createFail500After: false, badSignedUrls: 0 });

export interface Counters {
  chunkRequests: Map<string, number>;
  chunkFailures: Map<string, number>;
  partRequests: Map<string, number>;
  uploadSessions: number;
  completedUploads: number;
  archiveDownloads: number;
}

const faults = new WeakMap<State, Faults>();
/** Faults set for one account only (so tests injecting them can run beside others). */
const ownFaults = new WeakMap<State, Map<number, Faults>>();
const counters = new WeakMap<State, Counters>();

export function faultsOf(state: State): Faults {
  let f = faults.get(state);
  if (!f) faults.set(state, (f = noFaults()));
  return f;
}

/** The faults of one account, created on first use (they then replace the site-wide ones for it). */
export function accountFaults(state: State, userId: number): Faults {
  let m = ownFaults.get(state);
  if (!m) ownFaults.set(state, (m = new Map()));
  let f = m.get(userId);
  if (!f) m.set(userId, (f = noFaults()));
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

/** Per upload session: chunk indices in the order their requests arrived, and how many overlapped. */
export interface ChunkLog {
  arrivals: number[];
  active: number;
  maxConcurrent: number;
}

const chunkLogs = new WeakMap<State, Map<string, ChunkLog>>();

export function chunkLogOf(state: State, session: string): ChunkLog {
  let all = chunkLogs.get(state);
  if (!all) chunkLogs.set(state, (all = new Map()));
  let log = all.get(session);
  if (!log) all.set(session, (log = { arrivals: [], active: 0, maxConcurrent: 0 }));
  return log;
}

export function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const failCredit = new WeakMap<Faults, number>();

/** Applies configured faults; returns true when the request must fail with HTTP 500. */
export async function injectFault(state: State, key: string, ownerId: number): Promise<boolean> {
  if (!state.config.testMode) return false;
  const f = ownFaults.get(state)?.get(ownerId) ?? faultsOf(state);
  if (f.chunkStallMs > 0 && Math.random() < f.chunkStallRate) await new Promise((r) => setTimeout(r, f.chunkStallMs));
  if (f.chunkFailRate <= 0) return false;
  // Evenly spread rather than random, so a test gets exactly its share of failures (10% → every
  // tenth request fails).
  const credit = (failCredit.get(f) ?? 0) + f.chunkFailRate;
  failCredit.set(f, credit >= 1 - 1e-9 ? credit - 1 : credit);
  if (credit < 1 - 1e-9) return false;
  bump(countersOf(state).chunkFailures, key);
  return true;
}

/** The faults that apply to a caller: their own when set, else the site-wide ones. */
function faultsFor(state: State, userId: number | undefined): Faults {
  return (userId !== undefined ? ownFaults.get(state)?.get(userId) : undefined) ?? faultsOf(state);
}

/** Consumes one pending create fault: "before" (fail at once), "after" (create, then fail) or undefined. */
export function takeCreateFault(state: State, userId: number | undefined): "before" | "after" | undefined {
  if (!state.config.testMode) return undefined;
  const f = faultsFor(state, userId);
  if (f.createFail500 <= 0) return undefined;
  f.createFail500--;
  return f.createFail500After ? "after" : "before";
}

/** Consumes one pending bad-signature fault; true when the next URL must be signed wrongly. */
export function takeBadSign(state: State, userId: number | undefined): boolean {
  if (!state.config.testMode) return false;
  const f = faultsFor(state, userId);
  if (f.badSignedUrls <= 0) return false;
  f.badSignedUrls--;
  return true;
}

/** An injected failure: the body is read and discarded first so clients see a clean HTTP 500. */
export async function fail500(req: IncomingMessage, res: ServerResponse, extra: Record<string, string> = {}): Promise<typeof HANDLED> {
  req.resume();
  if (!req.readableEnded) await new Promise((resolve) => req.once("end", resolve).once("error", resolve).once("close", resolve));
  res.writeHead(500, { ...extra, "Content-Length": 0 });
  res.end();
  return HANDLED;
}
