import { describe, expect, it } from "vitest";
import { chapterAt, chaptersOf, chaptersVtt } from "./chapters";

// Keys as the server's ffprobe extractor writes them (pkg/mediameta: chapter_<id>_start_time…).
const META = {
  "stream:chapter_1_start_time": "10.000000",
  "stream:chapter_1_end_time": "20.000000",
  "stream:chapter_1_name": "Middle",
  "stream:chapter_0_start_time": "0.000000",
  "stream:chapter_0_end_time": "10.000000",
  "stream:chapter_0_name": "Opening",
  "stream:chapter_2_start_time": "20.000000",
  "stream:duration": "30",
  "music:title": "x",
};

describe("chapters", () => {
  it("are read from the metadata in time order; a chapter without a title or an end still counts", () => {
    expect(chaptersOf(META)).toEqual([
      { start: 0, end: 10, title: "Opening" },
      { start: 10, end: 20, title: "Middle" },
      { start: 20, end: 20, title: "" },
    ]);
    expect(chaptersOf(null)).toEqual([]);
  });
  it("tell which one is playing", () => {
    const list = chaptersOf(META);
    expect(chapterAt(list, 0)).toBe(0);
    expect(chapterAt(list, 12)).toBe(1);
    expect(chapterAt([], 5)).toBe(-1);
  });
  it("make a WebVTT chapters track", () => {
    expect(chaptersVtt(chaptersOf(META).slice(0, 2), (n) => `Chapter ${n}`)).toBe(
      "WEBVTT\n\n00:00:00.000 --> 00:00:10.000\nOpening\n\n00:00:10.000 --> 00:00:20.000\nMiddle\n",
    );
  });
});
