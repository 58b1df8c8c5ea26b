import { describe, expect, it } from "vitest";
import { colorName } from "./colorName";

describe("colorName", () => {
  it("names the install's default colours after Material's palette", () => {
    expect(colorName("#1976d2")).toBe("blue");
    expect(colorName("#3f51B5")).toBe("indigo");
    expect(colorName("#607d8b")).toBe("blueGrey");
  });
  it("names other colours by hue and lightness", () => {
    expect(colorName("#ff0000")).toBe("red");
    expect(colorName("#0a0")).toBe("green");
    expect(colorName("#0000ff")).toBe("blue");
    expect(colorName("#3f00ff")).toBe("indigo");
    expect(colorName("#1e90ff")).toBe("blue");
    expect(colorName("#ff69b4")).toBe("pink");
    expect(colorName("#800080")).toBe("purple");
    expect(colorName("#8b4513")).toBe("brown");
    expect(colorName("#ffa500")).toBe("orange");
    expect(colorName("#808080")).toBe("grey");
    expect(colorName("#000")).toBe("black");
    expect(colorName("#fefefe")).toBe("white");
  });
  it("gives up on text that is not a colour", () => {
    expect(colorName("var(--x)")).toBeNull();
  });
});
