import { describe, expect, it } from "vitest";
import { clock, trackInfo } from "./trackInfo";

describe("track info", () => {
  it("prefers the server's music tags", () => {
    expect(trackInfo({ name: "01.mp3", metadata: { "music:title": "Song", "music:artist": "Band", "music:album": "Record" } })).toEqual({
      title: "Song",
      artist: "Band",
      album: "Record",
    });
  });
  it("falls back to the file name and the album artists", () => {
    expect(trackInfo({ name: "my.track.flac", metadata: { "music:album_artists": "Various" } })).toEqual({ title: "my.track", artist: "Various", album: "" });
    expect(trackInfo({ name: "noext", metadata: null as never })).toEqual({ title: "noext", artist: "", album: "" });
  });
  it("formats times", () => {
    expect(clock(0)).toBe("0:00");
    expect(clock(65.9)).toBe("1:05");
    expect(clock(3725)).toBe("1:02:05");
    expect(clock(Number.NaN)).toBe("0:00");
  });
});
