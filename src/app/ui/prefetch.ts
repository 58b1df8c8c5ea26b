// Moved to shared/ui/prefetch; this re-export lasts until every importer uses the new path.
export * from "../../shared/ui/prefetch";
