import { describe, expect, it } from "vitest";
import { keyAction } from "./keys";

describe("video keys", () => {
  it("map the usual keys and leave shortcuts with modifiers alone", () => {
    expect(keyAction({ key: " " })).toEqual({ kind: "toggle" });
    expect(keyAction({ key: "k" })).toEqual({ kind: "toggle" });
    expect(keyAction({ key: "ArrowLeft" })).toEqual({ kind: "seek", by: -5 });
    expect(keyAction({ key: "ArrowRight" })).toEqual({ kind: "seek", by: 5 });
    expect(keyAction({ key: "ArrowUp" })).toEqual({ kind: "volume", by: 0.1 });
    expect(keyAction({ key: "ArrowDown" })).toEqual({ kind: "volume", by: -0.1 });
    expect(keyAction({ key: "F" })).toEqual({ kind: "fullscreen" });
    expect(keyAction({ key: "m" })).toEqual({ kind: "mute" });
    expect(keyAction({ key: "f", ctrlKey: true })).toBeNull();
    expect(keyAction({ key: "x" })).toBeNull();
  });
});
