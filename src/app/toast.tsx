// Moved to shared/toast; this re-export lasts until every importer uses the new path.
export * from "../shared/toast";
