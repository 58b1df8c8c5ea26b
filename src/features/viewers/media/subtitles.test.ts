import { describe, expect, it } from "vitest";
import { srtToVtt, subtitlesFor } from "./subtitles";

describe("video subtitles", () => {
  it("are the subtitle files named after the video", () => {
    expect(subtitlesFor("Movie.mp4", ["movie.srt", "Movie.en.vtt", "Movie2.srt", "Movie.txt", "other.vtt", "Movie.ja.ass", "movie.ssa"])).toEqual([
      { name: "movie.srt", label: "" },
      { name: "Movie.en.vtt", label: "en" },
      { name: "Movie.ja.ass", label: "ja" },
      { name: "movie.ssa", label: "" },
    ]);
  });

  it("turn SubRip into WebVTT", () => {
    expect(srtToVtt("\uFEFF1\r\n00:00:01,500 --> 00:00:02,000\r\nHi\r\n")).toBe("WEBVTT\n\n1\n00:00:01.500 --> 00:00:02.000\nHi\n");
  });
});
