export { useDownloadItems as useDownloads } from "../downloadQueue";
