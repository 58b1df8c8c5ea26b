import { describe, expect, it } from "vitest";
import { apertureText, exposureText, focalText, formatDuration, hasMediaInfo, locationOf, streamsOf } from "./mediaInfo";

describe("media info from metadata", () => {
  it("reads the location the server wrote, and ignores impossible values", () => {
    expect(locationOf({ "exif:latitude": "48.858370", "exif:longitude": "2.294481", "exif:altitude": "35" })).toEqual({
      lat: 48.85837,
      lng: 2.294481,
      altitude: 35,
    });
    expect(locationOf({ "exif:latitude": "91", "exif:longitude": "2" })).toBeUndefined();
    expect(locationOf({ "exif:latitude": "", "exif:longitude": "2" })).toBeUndefined();
    expect(locationOf(null)).toBeUndefined();
  });
  it("groups ffprobe's stream keys per stream", () => {
    const meta = {
      "stream:duration": "62.5",
      "stream:stream_1_audio_codec": "aac",
      "stream:stream_0_video_codec": "h264",
      "stream:stream_0_video_width": "1920",
      "stream:stream_0_video_height": "1080",
      "stream:stream_0_video_bitrate": "5000000",
    };
    expect(streamsOf(meta)).toEqual([
      { index: 0, type: "video", codec: "h264", width: 1920, height: 1080 },
      { index: 1, type: "audio", codec: "aac" },
    ]);
  });
  it("formats what photographers and players show", () => {
    expect(exposureText("1/250")).toBe("1/250 s");
    expect(apertureText("2.800000")).toBe("f/2.8");
    expect(focalText("35.000000")).toBe("35 mm");
    expect(formatDuration(62.5)).toBe("1:03");
    expect(formatDuration(3725)).toBe("1:02:05");
    expect(hasMediaInfo({ "tag:x": "" })).toBe(false);
    expect(hasMediaInfo({ "music:title": "Song" })).toBe(true);
  });
});
