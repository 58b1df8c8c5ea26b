// Moved to shared/ui/LazyMenu; this re-export lasts until every importer uses the new path.
export * from "../../shared/ui/LazyMenu";
