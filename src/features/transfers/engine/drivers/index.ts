import { TransferError } from "../http";
import type { UploadPolicy } from "../validate";
import { localDriver } from "./local";
import { onedriveDriver } from "./onedrive";
import { qiniuDriver } from "./qiniu";
import { remoteDriver } from "./remote";
import { s3likeDriver } from "./s3like";
import type { Driver } from "./types";
import { upyunDriver } from "./upyun";

const S3 = s3likeDriver("s3");
const COS = s3likeDriver("cos");
const OSS = s3likeDriver("oss");
const OBS = s3likeDriver("obs");

/** The driver for the policy the session was created with; `relay` sends everything through our server. */
export function driverFor(policy: Pick<UploadPolicy, "type" | "relay"> | undefined): Driver {
  const type = policy?.type ?? "local";
  if (policy?.relay) return localDriver;
  switch (type) {
    case "local":
      return localDriver;
    case "remote":
      return remoteDriver;
    case "s3":
    case "ks3":
      return S3;
    case "cos":
      return COS;
    case "oss":
      return OSS;
    case "obs":
      return OBS;
    case "onedrive":
      return onedriveDriver;
    case "qiniu":
      return qiniuDriver;
    case "upyun":
      return upyunDriver;
    default:
      throw new TransferError(`Storage policy type "${type}" is not supported`, { retryable: false });
  }
}

/**
 * Parallel parts: 1 for drivers that write chunks in order; otherwise the policy's setting when the
 * server sends one (newer servers), else `fallback`.
 */
export function chunkConcurrency(driver: Driver, policy: UploadPolicy | undefined, fallback: number): number {
  if (driver.ordered) return 1;
  const n = policy?.chunk_concurrency;
  return typeof n === "number" && n >= 1 ? Math.min(20, Math.floor(n)) : fallback;
}
