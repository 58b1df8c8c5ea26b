// What the explorer's lazy doors (index.ts) load, as one chunk: choosing a viewer and the host that
// renders it. Opening a file needs both in a row, and one chunk that also uses the UI library keeps
// the bundler from splitting the first-load chunks around a door that would use the dialog host
// alone (docs/architecture.md, "Lazy by default").
export { default as ViewerHost } from "./ViewerHost";
export { openFile, prepareViewer } from "./open";
