// Moved to shared/useColorMode; this re-export lasts until every importer uses the new path.
export * from "../shared/useColorMode";
