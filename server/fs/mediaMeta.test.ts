import { describe, expect, it } from "vitest";
import { SAMPLE_PHOTO, jpegWithExif } from "../../e2e/support/exif.ts";
import { exifMetadata, extractsMediaMeta } from "./mediaMeta.ts";

describe("stand-in EXIF extractor", () => {
  it("writes what the real server wrote for the same picture", () => {
    const jpeg = jpegWithExif(SAMPLE_PHOTO);
    // Recorded from a real 4.0 community server for this file.
    expect(exifMetadata(jpeg)).toEqual({
      "exif:camera_make": "Canon",
      "exif:camera_model": "Canon EOS R6",
      "exif:exposure_time": "1/250",
      "exif:f": "2.800000",
      "exif:focal_length": "35",
      "exif:iso": "400",
      "exif:latitude": "48.858372",
      "exif:lens_model": "RF24-105mm F4 L IS USM",
      "exif:longitude": "2.294481",
      "exif:orientation": "1",
      "exif:taken_at": "2024-05-01T10:20:30Z",
    });
  });
  it("finds nothing in other files", () => {
    expect(exifMetadata(Buffer.from("hello"))).toEqual({});
    expect(extractsMediaMeta("a.JPG")).toBe(true);
    expect(extractsMediaMeta("a.png")).toBe(false);
  });
});
