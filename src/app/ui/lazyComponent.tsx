// Moved to shared/ui/lazyComponent; this re-export lasts until every importer uses the new path.
export * from "../../shared/ui/lazyComponent";
