// Turns what the user gave us (picked files, a picked folder, a drop, a paste) into files with their
// path below the target folder. Dropped folders are walked through the (non-standard but universal)
// webkitGetAsEntry API; synthetic DataTransfers (tests, some apps) have no entries, so plain
// `files` with `webkitRelativePath` work too.

export interface UploadEntry {
  file: File;
  /** "/"-separated path below the target folder, ending with the file name. */
  path: string;
}

/** Picked files; a folder pick carries each file's path in webkitRelativePath. */
export function entriesFromFiles(files: Iterable<File> | ArrayLike<File>): UploadEntry[] {
  return Array.from(files as ArrayLike<File>, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/**
 * Files and nested folders of a drop or paste. The entries must be taken synchronously, during the
 * event (the DataTransfer is emptied after it); the walk itself may then take its time.
 */
export function entriesFromDataTransfer(dt: DataTransfer | null): Promise<UploadEntry[]> {
  if (!dt) return Promise.resolve([]);
  const roots: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(dt.items ?? [])) {
    if (item.kind !== "file") continue;
    const entry = typeof item.webkitGetAsEntry === "function" ? item.webkitGetAsEntry() : null;
    if (entry) roots.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (roots.length === 0 && loose.length === 0 && dt.files?.length) loose.push(...Array.from(dt.files));
  return Promise.all(roots.map((e) => walk(e, ""))).then((nested) => [...nested.flat(), ...entriesFromFiles(loose)]);
}

async function walk(entry: FileSystemEntry, prefix: string): Promise<UploadEntry[]> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    return [{ file, path }];
  }
  if (!isDirectory(entry)) return [];
  const children = await readAll(entry.createReader());
  const nested = await Promise.all(children.map((c) => walk(c, path)));
  return nested.flat();
}

/** readEntries answers in batches (100 in Chrome) until it returns an empty one. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const isFile = (e: FileSystemEntry): e is FileSystemFileEntry => e.isFile;
const isDirectory = (e: FileSystemEntry): e is FileSystemDirectoryEntry => e.isDirectory;

/** Whether a drag carries files from the OS (not an element dragged inside the page). */
export function dragHasFiles(dt: DataTransfer | null): boolean {
  return Boolean(dt && Array.from(dt.types ?? []).includes("Files"));
}
