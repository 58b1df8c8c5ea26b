// The undo stack behind the toasts' "Undo" button and Mod+Z. Entries expire, because undoing a
// move an hour later surprises more than it helps.
import { useSyncExternalStore } from "react";

export interface UndoEntry {
  /** Already translated, e.g. "Renamed “a.txt”". */
  label: string;
  run: () => Promise<void>;
  at: number;
}

const MAX_AGE_MS = 10 * 60_000;
const MAX_ENTRIES = 20;
let stack: UndoEntry[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const undoStack = {
  push(label: string, run: () => Promise<void>): UndoEntry {
    const entry = { label, run, at: Date.now() };
    stack = [...stack.slice(-(MAX_ENTRIES - 1)), entry];
    emit();
    return entry;
  },
  /** Takes an entry out (the given one, or the latest) so it cannot run twice. */
  take(entry?: UndoEntry): UndoEntry | undefined {
    const fresh = stack.filter((e) => Date.now() - e.at < MAX_AGE_MS);
    const target = entry ? fresh.find((e) => e === entry) : fresh[fresh.length - 1];
    stack = fresh.filter((e) => e !== target);
    emit();
    return target;
  },
  peek: () => stack.filter((e) => Date.now() - e.at < MAX_AGE_MS).at(-1),
  subscribe(l: () => void) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

export function useCanUndo(): boolean {
  return useSyncExternalStore(undoStack.subscribe, () => stack.length > 0);
}
