import { describe, expect, it } from "vitest";
import { extendOrder, nextRepeat, playOrder, stepBack, stepForward } from "./playlist";

const seq = (values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe("play order", () => {
  it("is the folder's order unless shuffled; a shuffle starts with the current track and holds every track once", () => {
    expect(playOrder(4, 2, false)).toEqual([0, 1, 2, 3]);
    const order = playOrder(5, 3, true, seq([0.1, 0.9, 0.5, 0.3]));
    expect(order[0]).toBe(3);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
  });
  it("adds the tracks of a further listing page at the end", () => {
    expect(extendOrder([2, 0, 1], 5, false)).toEqual([2, 0, 1, 3, 4]);
    expect([...extendOrder([2, 0, 1], 5, true, seq([0.2]))].slice(3).sort()).toEqual([3, 4]);
  });
  it("cycles repeat off → all → one → off", () => {
    expect(nextRepeat("off")).toBe("all");
    expect(nextRepeat("all")).toBe("one");
    expect(nextRepeat("one")).toBe("off");
  });
});

describe("next and previous", () => {
  const base = { order: [0, 1, 2], current: 1, repeat: "off" as const, hasMore: false };
  it("moves along the order", () => {
    expect(stepForward(base, false)).toEqual({ kind: "play", index: 2 });
    expect(stepBack(base, 1)).toEqual({ kind: "play", index: 0 });
  });
  it("at the end: stops, loads more, or wraps with repeat all", () => {
    const last = { ...base, current: 2 };
    expect(stepForward(last, true)).toEqual({ kind: "stop" });
    expect(stepForward({ ...last, hasMore: true }, true)).toEqual({ kind: "more" });
    expect(stepForward({ ...last, repeat: "all" }, true)).toEqual({ kind: "play", index: 0 });
  });
  it("repeat one plays the same track again when it ends, but Next still moves on", () => {
    const one = { ...base, repeat: "one" as const };
    expect(stepForward(one, true)).toEqual({ kind: "restart" });
    expect(stepForward(one, false)).toEqual({ kind: "play", index: 2 });
  });
  it("Previous restarts a track more than 3 s in, and wraps to the last with repeat all", () => {
    expect(stepBack(base, 10)).toEqual({ kind: "restart" });
    expect(stepBack({ ...base, current: 0, repeat: "all" }, 0)).toEqual({ kind: "play", index: 2 });
    expect(stepBack({ ...base, current: 0 }, 0)).toEqual({ kind: "restart" });
  });
});
