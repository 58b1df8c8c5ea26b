// Moved to shared/ui/LazyPopper; this re-export lasts until every importer uses the new path.
export * from "../../shared/ui/LazyPopper";
