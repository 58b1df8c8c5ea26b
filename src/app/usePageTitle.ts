// Moved to shared/usePageTitle; this re-export lasts until every importer uses the new path.
export * from "../shared/usePageTitle";
