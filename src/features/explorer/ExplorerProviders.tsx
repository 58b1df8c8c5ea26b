import type { ReactNode } from "react";
import { ActionsContext, FolderContext, ItemUiContext, SelectionContext } from "./ExplorerContext";
import type { useContextStates } from "./useContextStates";

/** Hands the explorer's four contexts to its parts. */
export function ExplorerProviders({ value, children }: { value: ReturnType<typeof useContextStates>; children: ReactNode }) {
  return (
    <FolderContext.Provider value={value.folder}>
      <SelectionContext.Provider value={value.selection}>
        <ActionsContext.Provider value={value.actions}>
          <ItemUiContext.Provider value={value.itemUi}>{children}</ItemUiContext.Provider>
        </ActionsContext.Provider>
      </SelectionContext.Provider>
    </FolderContext.Provider>
  );
}
