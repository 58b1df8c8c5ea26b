// What other features use of shares: the share dialogs for a file, and a share's row (a user's
// public shares on their profile), loaded when first shown.
import { lazy } from "react";

export { openFileShares, openShareDialog } from "./shareDialog";
export const ShareRow = lazy(() => import("./ShareRow").then((m) => ({ default: m.ShareRow })));
