// Moved to shared/ui/PlainTextField; this re-export lasts until every importer uses the new path.
export * from "../../shared/ui/PlainTextField";
