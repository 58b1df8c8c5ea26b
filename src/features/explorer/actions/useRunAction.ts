import { useCallback } from "react";
import { actionById } from "./registry";
import type { ActionState, ActionVia, ExplorerOps } from "./types";
import { useHotkeys } from "./useHotkeys";

/** Runs an action of the registry by id when it is enabled here; its hotkeys run it too. */
export function useRunAction(actionState: ActionState, ops: ExplorerOps) {
  const runAction = useCallback(
    function run(id: string, via: ActionVia) {
      const a = actionById(id);
      if (a && a.isEnabled(actionState)) void a.run({ ...actionState, ops, via, runAction: run });
    },
    [actionState, ops],
  );
  useHotkeys(actionState, (id) => runAction(id, "hotkey"));
  return runAction;
}
