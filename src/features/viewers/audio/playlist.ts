// The music player's play order: which track comes after or before the current one under the
// repeat and shuffle settings, and the order itself (shuffled with the current track first, so
// turning shuffle on never jumps away from what is playing). Pure, unit-tested.

export type Repeat = "off" | "all" | "one";
export const REPEAT_MODES: readonly Repeat[] = ["off", "all", "one"];

/** The next repeat mode in the button's cycle: off → all → one → off. */
export const nextRepeat = (r: Repeat): Repeat => REPEAT_MODES[(REPEAT_MODES.indexOf(r) + 1) % REPEAT_MODES.length]!;

/** Fisher–Yates on a copy; `random` is injectable so tests are deterministic. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The play order over `count` tracks: 0..count-1, or a shuffle of it that starts with `current`. */
export function playOrder(count: number, current: number, shuffle: boolean, random?: () => number): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (!shuffle || count < 2) return all;
  return [
    current,
    ...shuffled(
      all.filter((i) => i !== current),
      random,
    ),
  ];
}

/** Tracks that arrived with a further listing page join the order at its end (shuffled among themselves). */
export function extendOrder(order: readonly number[], newCount: number, shuffle: boolean, random?: () => number): number[] {
  const added = Array.from({ length: newCount - order.length }, (_, i) => order.length + i);
  return [...order, ...(shuffle ? shuffled(added, random) : added)];
}

export type Step =
  /** Play this track index. */
  | { kind: "play"; index: number }
  /** Start the current track again. */
  | { kind: "restart" }
  /** The loaded tracks are exhausted but the folder has more: load a page, then ask again. */
  | { kind: "more" }
  /** Nothing follows: stop at the end. */
  | { kind: "stop" };

export interface Position {
  order: readonly number[];
  current: number;
  repeat: Repeat;
  /** The folder has tracks beyond the loaded ones. */
  hasMore: boolean;
}

/**
 * What follows the current track. `ended` is true when the track played to its end (repeat-one
 * then plays it again); a press of Next always moves on.
 */
export function stepForward(p: Position, ended: boolean): Step {
  if (ended && p.repeat === "one") return { kind: "restart" };
  const at = p.order.indexOf(p.current);
  const next = p.order[at + 1];
  if (next !== undefined) return { kind: "play", index: next };
  if (p.hasMore) return { kind: "more" };
  if (p.repeat !== "off" && p.order.length > 0) return p.order.length === 1 ? { kind: "restart" } : { kind: "play", index: p.order[0]! };
  return ended ? { kind: "stop" } : { kind: "restart" };
}

/** Previous: a track more than 3 s in starts again (as players do); else the one before it. */
export function stepBack(p: Position, time: number): Step {
  if (time > 3) return { kind: "restart" };
  const at = p.order.indexOf(p.current);
  const prev = p.order[at - 1];
  if (prev !== undefined) return { kind: "play", index: prev };
  if (p.repeat === "all" && !p.hasMore && p.order.length > 1) return { kind: "play", index: p.order.at(-1)! };
  return { kind: "restart" };
}
