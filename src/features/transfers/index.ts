// Public face of the transfers feature. Everything here is small and eager; the upload engine, its
// storage drivers and the queue panel are loaded on first use (see loader.ts).
//
// For the explorer:
//   enqueueUpload(folderUri, entries)      queue files (entries from the helpers below)
//   pickFiles(folderUri) / pickFolder(…)   open a picker from a click handler
//   entriesFromDataTransfer(dt)            files and nested folders of a drop or paste
//   useUploadDropTarget(folderUri)         drop target props for a folder row / view background
//   download.ts                            downloads, open in new tab, zip, direct links
export type { UploadEntry } from "./entries";
export { entriesFromDataTransfer, entriesFromFiles, dragHasFiles } from "./entries";
export { enqueueUpload, loadEngine } from "./loader";
export { pickFiles, pickFolder, acceptFor } from "./pickers";
export { useUploadDropTarget, type DropTargetProps } from "./useUploadDropTarget";
export { useUploadTarget } from "./useUploadTarget";
export { setPanelOpen as showTransfers } from "./summary";
export { TransfersButton, TransfersMount } from "./TransfersMount";
/** Downloads (one file, a folder walk, a zip, the download queue), loaded with the first one. */
export const loadDownloads = () => import("./download");
