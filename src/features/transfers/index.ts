// Public face of the transfers feature. Everything here is small and eager; the upload engine, its
// storage drivers and the queue panel are loaded on first use (see loader.ts).
//
//   TransfersButton, TransfersMount        the app bar's upload button; the page-wide drop target,
//                                          paste handler and (once loaded) the queue panel
//   enqueueUpload(folderUri, entries)      queue files (entries from entriesFromFiles)
//   loadDownloads()                        downloads, open in new tab, zip, direct links
export type { UploadEntry } from "./entries";
export { entriesFromFiles } from "./entries";
export { enqueueUpload, loadEngine } from "./loader";
export { TransfersButton, TransfersMount } from "./TransfersMount";
/** Downloads (one file, a folder walk, a zip, the download queue), loaded with the first one. */
export const loadDownloads = () => import("./download");
