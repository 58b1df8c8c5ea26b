// What other features use of shares: the share dialogs for a file, and — loaded when first shown,
// so the explorer's first load carries none of them — a share's row (a user's public shares on
// their profile) and the share landing pages.
import { lazy } from "react";

export { openFileShares, openShareDialog } from "./shareDialog";
export const ShareRow = lazy(() => import("./ShareRow").then((m) => ({ default: m.ShareRow })));
export const loadShareLanding = () => import("./landing/ShareLanding");
export const loadSingleFilePreview = () => import("./landing/SingleFilePreview");
