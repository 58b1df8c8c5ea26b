// Moved to shared/ui/lazyParts; this re-export lasts until every importer uses the new path.
export * from "../../shared/ui/lazyParts";
