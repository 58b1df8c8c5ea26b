// Moved to shared/ui/QrCode; this re-export lasts until every importer uses the new path.
export * from "../../shared/ui/QrCode";
