import { describe, expect, it } from "vitest";
import { assText, assTime, assToVtt, vttTime } from "./ass";

const ASS = `\uFEFF[Script Info]
Title: Sample
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour
Style: Default,Arial,20,&H00FFFFFF

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Comment: 0,0:00:00.00,0:00:05.00,Default,,0,0,0,,not shown
Dialogue: 0,0:00:04.50,0:00:06.00,Default,,0,0,0,,{\\i1}Second{\\i0}, with a comma\\NNext line
Dialogue: 0,0:00:01.00,0:00:03.25,Default,,0,0,0,,{\\pos(10,20)\\c&HFF0000&}First <b>&</b>
Dialogue: 0,0:00:07.00,0:00:08.00,Default,,0,0,0,,{\\p1}m 0 0 l 100 0 100 100{\\p0}
`;

describe("ASS/SSA subtitles", () => {
  it("reads and writes times", () => {
    expect(assTime("0:00:04.50")).toBe(4.5);
    expect(assTime("1:02:03.07")).toBeCloseTo(3723.07);
    expect(assTime("x")).toBeNaN();
    expect(vttTime(3723.07)).toBe("01:02:03.070");
  });
  it("strips overrides and keeps line breaks", () => {
    expect(assText("{\\b1}Bold{\\b0}\\Nline\\hend")).toBe("Bold\nline\u00a0end");
  });
  it("turns dialogue lines into cues in time order, text commas kept, comments and drawings left out", () => {
    expect(assToVtt(ASS)).toBe(
      "WEBVTT\n\n00:00:01.000 --> 00:00:03.250\nFirst &lt;b&gt;&amp;&lt;/b&gt;\n\n00:00:04.500 --> 00:00:06.000\nSecond, with a comma\nNext line\n",
    );
  });
  it("reads SSA's field order from its Format line", () => {
    const ssa =
      "[Events]\nFormat: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: Marked=0,0:00:02.00,0:00:03.00,*Default,,0000,0000,0000,,Hello";
    expect(assToVtt(ssa)).toBe("WEBVTT\n\n00:00:02.000 --> 00:00:03.000\nHello\n");
  });
});
