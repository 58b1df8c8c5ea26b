import { describe, expect, it } from "vitest";
import { chunkConcurrency, driverFor } from "./index";
import { localDriver } from "./local";
import { nextExpectedOffset } from "./onedrive";
import { completeMultipartXml } from "./s3like";
import { withQuery } from "./types";
import { TransferError } from "../http";

describe("driverFor", () => {
  it("picks the driver from the session's policy type; relay goes through our server", () => {
    expect(driverFor({ type: "local" })).toBe(localDriver);
    expect(driverFor({ type: "s3", relay: true })).toBe(localDriver);
    expect(driverFor({ type: "s3" })).not.toBe(localDriver);
    expect(driverFor(undefined)).toBe(localDriver);
    expect(() => driverFor({ type: "load_balance" })).toThrow(TransferError);
  });

  it("sends chunks one at a time to storage that writes them into one file", () => {
    for (const policy of [{ type: "local" }, { type: "s3", relay: true }, { type: "remote" }, { type: "onedrive" }, { type: "upyun" }]) {
      const driver = driverFor(policy);
      expect(driver.ordered, policy.type).toBe(true);
      expect(chunkConcurrency(driver, { id: "p", ...policy, chunk_concurrency: 5 }, 3)).toBe(1);
    }
  });

  it("sends parts in parallel where the provider assembles them: the policy's concurrency, else the default", () => {
    for (const type of ["s3", "cos", "oss", "obs", "ks3", "qiniu"]) expect(driverFor({ type }).ordered, type).toBe(false);
    expect(chunkConcurrency(driverFor({ type: "s3" }), { id: "p", type: "s3", chunk_concurrency: 5 }, 3)).toBe(5);
    expect(chunkConcurrency(driverFor({ type: "s3" }), { id: "p", type: "s3" }, 3)).toBe(3);
  });
});

describe("provider details", () => {
  it("writes CompleteMultipartUpload with quoted ETags in part order", () => {
    expect(completeMultipartXml(['"a"', "b"])).toBe(
      "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&quot;a&quot;</ETag></Part><Part><PartNumber>2</PartNumber><ETag>&quot;b&quot;</ETag></Part></CompleteMultipartUpload>",
    );
    expect(() => completeMultipartXml(['"a"', null])).toThrow(/Part 2/);
  });

  it("reads OneDrive's next expected offset", () => {
    expect(nextExpectedOffset('{"nextExpectedRanges":["26214400-"]}')).toBe(26214400);
    expect(nextExpectedOffset('{"nextExpectedRanges":[]}')).toBeUndefined();
    expect(nextExpectedOffset("nope")).toBeUndefined();
  });

  it("adds query parameters to URLs with or without a query", () => {
    expect(withQuery("https://node/upload/abc", "chunk", 3)).toBe("https://node/upload/abc?chunk=3");
    expect(withQuery("https://node/upload?x=1", "chunk", 0)).toBe("https://node/upload?x=1&chunk=0");
  });
});
