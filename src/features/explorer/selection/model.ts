// Selection as data. "All" is symbolic (everything in the folder except a few), so Ctrl+A in a
// 100,000-entry folder costs nothing until an action actually needs the URIs.

export type Selection = { readonly kind: "some"; readonly keys: ReadonlySet<string> } | { readonly kind: "all"; readonly except: ReadonlySet<string> };

export const EMPTY: Selection = { kind: "some", keys: new Set() };

export const selectAll = (): Selection => ({ kind: "all", except: new Set() });

export function isSelected(sel: Selection, key: string): boolean {
  return sel.kind === "all" ? !sel.except.has(key) : sel.keys.has(key);
}

/** Number of selected items; `total` is the folder's size when known (offset mode or fully loaded). */
export function selectedCount(sel: Selection, total: number): number {
  return sel.kind === "all" ? Math.max(0, total - sel.except.size) : sel.keys.size;
}

export function only(key: string): Selection {
  return { kind: "some", keys: new Set([key]) };
}

export function toggle(sel: Selection, key: string): Selection {
  if (sel.kind === "all") {
    const except = new Set(sel.except);
    if (except.has(key)) except.delete(key);
    else except.add(key);
    return { kind: "all", except };
  }
  const keys = new Set(sel.keys);
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return { kind: "some", keys };
}

/** Adds (or with `replace`, sets) the items between two indexes, inclusive, in either order. */
export function selectRange(sel: Selection, orderedKeys: readonly string[], from: number, to: number, replace: boolean): Selection {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  const range = orderedKeys.slice(Math.max(0, lo), hi + 1);
  if (replace) return { kind: "some", keys: new Set(range) };
  if (sel.kind === "all") {
    const except = new Set(sel.except);
    range.forEach((k) => except.delete(k));
    return { kind: "all", except };
  }
  return { kind: "some", keys: new Set([...sel.keys, ...range]) };
}

/** Inverts within the whole folder: a symbolic "all" becomes the exceptions and vice versa. */
export function invert(sel: Selection): Selection {
  return sel.kind === "all" ? { kind: "some", keys: new Set(sel.except) } : { kind: "all", except: new Set(sel.keys) };
}

/** Drops keys that are no longer listed (after a delete or move), so counts stay honest. */
export function prune(sel: Selection, present: (key: string) => boolean): Selection {
  if (sel.kind === "all") return sel;
  const keys = [...sel.keys].filter(present);
  return keys.length === sel.keys.size ? sel : { kind: "some", keys: new Set(keys) };
}

/** The selected keys among the loaded ones, in listing order. */
export function selectedLoaded(sel: Selection, orderedKeys: readonly string[]): string[] {
  return orderedKeys.filter((k) => isSelected(sel, k));
}
