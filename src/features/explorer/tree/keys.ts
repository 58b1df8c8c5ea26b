// Keyboard behaviour of the drawer's folder tree (WAI-ARIA tree view pattern), as a pure function
// over the items currently shown, in document order.

export interface ShownItem {
  level: number;
  /** undefined: known to have no subfolders; false/true: collapsed/expanded. */
  expanded: boolean | undefined;
}

export type TreeMove =
  | { kind: "focus"; index: number }
  | { kind: "expand"; index: number }
  | { kind: "collapse"; index: number }
  | { kind: "open"; index: number };

/** What a key does on the item at `index`; null when the key is not the tree's. */
export function treeKey(items: readonly ShownItem[], index: number, key: string, rtl = false): TreeMove | null {
  const item = items[index];
  if (!item) return items.length && ["ArrowDown", "ArrowUp", "Home", "End"].includes(key) ? { kind: "focus", index: 0 } : null;
  const forward = rtl ? "ArrowLeft" : "ArrowRight";
  const back = rtl ? "ArrowRight" : "ArrowLeft";
  switch (key) {
    case "ArrowDown":
      return { kind: "focus", index: Math.min(items.length - 1, index + 1) };
    case "ArrowUp":
      return { kind: "focus", index: Math.max(0, index - 1) };
    case "Home":
      return { kind: "focus", index: 0 };
    case "End":
      return { kind: "focus", index: items.length - 1 };
    case "Enter":
      return { kind: "open", index };
    case forward:
      if (item.expanded === false) return { kind: "expand", index };
      // Expanded: to its first child, when the children are shown (not still loading).
      if (item.expanded && items[index + 1]?.level === item.level + 1) return { kind: "focus", index: index + 1 };
      return { kind: "focus", index };
    case back: {
      if (item.expanded) return { kind: "collapse", index };
      for (let i = index - 1; i >= 0; i--) if (items[i]!.level === item.level - 1) return { kind: "focus", index: i };
      return { kind: "focus", index };
    }
    default:
      return null;
  }
}

/** The folders to expand so that `segments` (a path below the root) is shown: every ancestor. */
export function ancestorPaths(segments: readonly string[]): string[][] {
  return segments.slice(0, -1).map((_, i) => segments.slice(0, i + 1));
}
