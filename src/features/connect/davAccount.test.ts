import { describe, expect, it } from "vitest";
import { davFlags, davRoot, davServerAddress, nameProblem } from "./davAccount";

describe("WebDAV account helpers", () => {
  it("reads the option bits as the server encodes them", () => {
    expect(davFlags("")).toEqual({ readOnly: false, proxy: false });
    expect(davFlags("AQ==")).toEqual({ readOnly: true, proxy: false });
    expect(davFlags("Ag==")).toEqual({ readOnly: false, proxy: true });
    expect(davFlags("Aw==")).toEqual({ readOnly: true, proxy: true });
    expect(davFlags(null)).toEqual({ readOnly: false, proxy: false });
    // A newer server's third bit (hide system files) is simply not one of ours.
    expect(davFlags("BQ==")).toEqual({ readOnly: true, proxy: false });
  });

  it("builds the server address from the site's origin", () => {
    expect(davServerAddress("https://cloud.example.com")).toBe("https://cloud.example.com/dav");
    expect(davServerAddress("http://localhost:5212/")).toBe("http://localhost:5212/dav");
  });

  it("describes roots in My files, in shares, and anything else as it is", () => {
    expect(davRoot("cloudreve://my")).toEqual({ fs: "my", path: [] });
    expect(davRoot("cloudreve://my/Work%20files/2024")).toEqual({ fs: "my", path: ["Work files", "2024"] });
    expect(davRoot("cloudreve://aBc:pw@share/x")).toEqual({ fs: "share", id: "aBc", path: ["x"] });
    expect(davRoot("cloudreve://my/%zz")).toEqual({ fs: "other", uri: "cloudreve://my/%zz" });
  });

  it("checks names like the server: not empty, at most 255 characters", () => {
    expect(nameProblem("")).toBe("required");
    expect(nameProblem("   ")).toBe("required");
    expect(nameProblem("Laptop")).toBeNull();
    expect(nameProblem("名".repeat(255))).toBeNull();
    expect(nameProblem("😀".repeat(255))).toBeNull();
    expect(nameProblem("a".repeat(256))).toBe("tooLong");
  });
});
