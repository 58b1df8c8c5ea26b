// The items being dragged. DataTransfer can only carry strings, and a symbolic "select all" has
// no list of URIs yet, so the payload lives here and is resolved when dropped.
import type { FileResponse } from "../model/files";

/**
 * What the explorer that started the drag does with a drop outside its own view (the navigation
 * drawer's folder tree, pins and Trash): the same operations, toasts and undo as inside it.
 */
export interface DropActions {
  into(folderUri: string, copy: boolean): void;
  trash(): void;
}

interface Session {
  resolve: () => Promise<FileResponse[]>;
  count: number;
  /** The dragged keys, or null when the drag carries the current selection. */
  keys: ReadonlySet<string> | null;
  drop?: DropActions;
}

let session: Session | null = null;

export const dragSession = {
  start(s: Session) {
    session = s;
  },
  end() {
    // Cleared after the drop handler ran (dragend fires after drop).
    setTimeout(() => {
      session = null;
    }, 0);
  },
  active: () => session !== null,
  /** A folder cannot be a drop target for a drag that carries itself. */
  includes(key: string, selected: boolean) {
    if (!session) return false;
    return session.keys ? session.keys.has(key) : selected;
  },
  /** Whether `key` is one of the dragged items when the drag carries the selection's keys. */
  carries(key: string) {
    return Boolean(session?.keys?.has(key));
  },
  take(): Session | null {
    return session;
  },
};
