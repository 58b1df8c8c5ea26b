// The items being dragged. DataTransfer can only carry strings, and a symbolic "select all" has
// no list of URIs yet, so the payload lives here and is resolved when dropped.
import type { FileResponse } from "../model/files";

interface Session {
  resolve: () => Promise<FileResponse[]>;
  count: number;
  /** The dragged keys, or null when the drag carries the current selection. */
  keys: ReadonlySet<string> | null;
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
  take(): Session | null {
    return session;
  },
};
