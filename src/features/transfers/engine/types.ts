import type { components } from "../../../api/schema";
import type { UploadPolicy } from "./validate";

/** The session response (contract §8.20.1), with the policy fields newer servers add. */
export type UploadSession = Omit<components["schemas"]["UploadSessionResponse"], "storage_policy"> & {
  storage_policy?: UploadPolicy;
};
