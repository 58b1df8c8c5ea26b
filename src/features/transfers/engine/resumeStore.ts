// Unfinished upload sessions, remembered in localStorage so an upload interrupted by a reload or a
// closed tab continues from the first missing chunk once the user selects the same file again
// (the official frontend keeps the same kind of context under `cd_upload_ctx_…`; ours has its own
// prefix and layout so the two frontends never misread each other's records).
import type { Fingerprint } from "./fingerprint";
import type { UploadSession } from "./types";

export const RESUME_PREFIX = "cloudreve_web_upload:";
const VERSION = 1;

export interface ResumeRecord {
  v: typeof VERSION;
  /** Account that created the session: another account must not see or resume it. */
  uid: string;
  /** Folder the user uploaded into and the file's path below it. */
  folder: string;
  relativePath: string;
  /** URI the user asked for (`<folder>/<relative path>`): what a re-selected file is matched by. */
  requested: string;
  /** Final URI of the file (after a rename on conflict). */
  uri: string;
  file: Fingerprint;
  session: UploadSession;
  /** Overwrite mode, kept so a resumed session is not mistaken for a new file. */
  entityType: "" | "version";
  /** Acknowledged chunk indices. */
  done: number[];
  /** ETags of uploaded parts (object storage), by chunk index. */
  etags: (string | null)[];
  savedAt: number;
}

/** Key of a record: one per account, requested destination and file identity. */
export function resumeKey(uid: string, requested: string, size: number, lastModified: number): string {
  return `${RESUME_PREFIX}${uid}:${size}:${lastModified}:${requested}`;
}

/** Whether the server still holds the session (`expires` is Unix seconds); a minute of margin for clock skew. */
export function sessionAlive(session: Pick<UploadSession, "expires">, now = Date.now()): boolean {
  return session.expires * 1000 - 60_000 > now;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled (privacy mode): uploads still work, they just do not resume
  }
}

export const resumeStore = {
  save(record: Omit<ResumeRecord, "v" | "savedAt">): void {
    const key = resumeKey(record.uid, record.requested, record.file.size, record.file.lastModified);
    try {
      storage()?.setItem(key, JSON.stringify({ ...record, v: VERSION, savedAt: Date.now() }));
    } catch {
      // Quota exceeded: resuming is a convenience, never a reason to fail an upload.
    }
  },
  remove(uid: string, requested: string, size: number, lastModified: number): void {
    storage()?.removeItem(resumeKey(uid, requested, size, lastModified));
  },
  get(uid: string, requested: string, size: number, lastModified: number): ResumeRecord | undefined {
    return parse(storage()?.getItem(resumeKey(uid, requested, size, lastModified)));
  },
  /** Live records of `uid`; expired and unreadable ones are deleted on the way. */
  list(uid: string, now = Date.now()): ResumeRecord[] {
    const s = storage();
    if (!s) return [];
    const out: ResumeRecord[] = [];
    for (const key of keys(s)) {
      const rec = parse(s.getItem(key));
      if (!rec || !sessionAlive(rec.session, now)) {
        s.removeItem(key);
        continue;
      }
      if (rec.uid === uid) out.push(rec);
    }
    return out.sort((a, b) => a.savedAt - b.savedAt);
  },
};

function keys(s: Storage): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(RESUME_PREFIX)) out.push(k);
  }
  return out;
}

function parse(raw: string | null | undefined): ResumeRecord | undefined {
  if (!raw) return undefined;
  try {
    const rec = JSON.parse(raw) as ResumeRecord;
    return rec.v === VERSION && rec.session && Array.isArray(rec.done) ? rec : undefined;
  } catch {
    return undefined;
  }
}

/** Cheap check for the eager facade: is there anything that might need the engine at start-up? */
export function hasResumeRecords(): boolean {
  const s = storage();
  return s ? keys(s).length > 0 : false;
}
