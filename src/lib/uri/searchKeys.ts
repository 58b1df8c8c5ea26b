// The query keys of a search URI, as the server's uri.go reads them.

export const K = {
  name: "name",
  // uri.go reads only `name_op_or`; the docs also name `use_or`, so parsing accepts both.
  or: "name_op_or",
  orAlias: "use_or",
  caseFolding: "case_folding",
  type: "type",
  category: "category",
  sizeGte: "size_gte",
  sizeLte: "size_lte",
  createdGte: "created_gte",
  createdLte: "created_lte",
  updatedGte: "updated_gte",
  updatedLte: "updated_lte",
  metaPrefix: "meta_",
} as const;

export const TIME_KEYS = ["createdGte", "createdLte", "updatedGte", "updatedLte"] as const;

// The flags alone do not turn a listing into a search (uri.go SearchParameters).
const TRIGGER_KEYS: ReadonlySet<string> = new Set([K.name, K.type, K.category, K.sizeGte, K.sizeLte, K.createdGte, K.createdLte, K.updatedGte, K.updatedLte]);

export function isSearchTrigger(key: string): boolean {
  return TRIGGER_KEYS.has(key) || key.startsWith(K.metaPrefix);
}
