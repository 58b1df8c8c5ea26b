import type { FileResponse } from "../../../api/queries/files";

export type StoredEntity = NonNullable<NonNullable<FileResponse["extended_info"]>["entities"]>[number];

/** Entity type 0 is a version of the file's content (others are thumbnails and live photos). */
const VERSION = 0;

/** The file's stored versions, newest first. */
export function storedVersions(entities: readonly StoredEntity[] | undefined): StoredEntity[] {
  return (entities ?? []).filter((e) => e.type === VERSION).sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
}
