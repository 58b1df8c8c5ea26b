// Moved to shared/ToastView; this re-export lasts until every importer uses the new path.
export * from "../shared/ToastView";
