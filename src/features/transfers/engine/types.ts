import type { components } from "../../../api/schema";
import type { UploadPolicy } from "./validate";

/** The session response (docs/server-behaviour.md, "Storage policies and upload drivers"), with the policy fields newer servers add. */
export type UploadSession = Omit<components["schemas"]["UploadSessionResponse"], "storage_policy"> & {
  storage_policy?: UploadPolicy;
};
