// Moved to shared/dialogs/host; this re-export lasts until every importer uses the new path.
export * from "../../../shared/dialogs/host";
