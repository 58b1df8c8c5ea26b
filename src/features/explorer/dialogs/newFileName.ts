/** What a new file is called when the name typed for it has no extension of its own. */
export const DEFAULT_NEW_FILE_EXTENSION = "txt";

/**
 * The name a new file gets: what was typed, with ".txt" added only when it has no extension, so
 * "x.md" stays "x.md" and "notes" becomes "notes.txt". A name with a dot anywhere ("x.", ".env")
 * was typed that way on purpose and is kept as it is.
 */
export function newFileName(typed: string, ext = DEFAULT_NEW_FILE_EXTENSION): string {
  const name = typed.trim();
  if (name === "" || name.includes(".")) return typed;
  return `${typed}.${ext}`;
}
