// Moved to lib/redirect; this re-export lasts until every importer uses the new path.
export * from "../lib/redirect";
