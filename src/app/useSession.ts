// Moved to shared/useSession; this re-export lasts until every importer uses the new path.
export * from "../shared/useSession";
