import { useCallback, useMemo } from "react";
import { fileKey, type FileResponse } from "../model/files";
import { useNavFocus } from "./useNavFocus";
import { useItemSelection } from "./useSelectionState";

/**
 * The selection and focus of one folder's loaded items, with where each item is by its key and a
 * way to focus an item by key once it is there (after a rename or a new item).
 */
export function useFolderSelection(uri: string, files: readonly FileResponse[], total: number) {
  const keys = useMemo(() => files.map(fileKey), [files]);
  const indexOfKey = useMemo(() => new Map(keys.map((k, i) => [k, i])), [keys]);
  const { pendingFocus: pendingFocusRef, ...state } = useItemSelection(uri, keys, total);
  const { update, focusOnly } = state;
  useNavFocus(indexOfKey, focusOnly);
  const focusKey = useCallback(
    (key: string) => {
      const i = indexOfKey.get(key);
      pendingFocusRef.current = true;
      if (i !== undefined) update({ active: i, anchor: i });
    },
    [indexOfKey, pendingFocusRef, update],
  );
  return { ...state, pendingFocus: pendingFocusRef, indexOfKey, focusKey };
}
