// Moved to shared/ui/LazyDrawer; this re-export lasts until every importer uses the new path.
export * from "../../shared/ui/LazyDrawer";
