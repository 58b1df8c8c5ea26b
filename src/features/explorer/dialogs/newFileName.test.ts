import { describe, expect, it } from "vitest";
import { newFileName } from "./newFileName";

describe("newFileName", () => {
  it("keeps the extension the user typed", () => {
    expect(newFileName("x.md")).toBe("x.md");
    expect(newFileName("New file.txt")).toBe("New file.txt");
    expect(newFileName("archive.tar.gz")).toBe("archive.tar.gz");
  });
  it("adds .txt to a name without one", () => {
    expect(newFileName("notes")).toBe("notes.txt");
    expect(newFileName("my notes")).toBe("my notes.txt");
  });
  it("leaves names with a dot anywhere as typed", () => {
    expect(newFileName(".env")).toBe(".env");
    expect(newFileName("x.")).toBe("x.");
  });
  it("leaves an empty name empty, for the form to flag", () => {
    expect(newFileName("")).toBe("");
    expect(newFileName("  ")).toBe("  ");
  });
});
