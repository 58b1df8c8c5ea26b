// THE list of explorer actions. The context menus, the toolbar, the mobile action sheet, the
// keyboard shortcuts (keymap.ts), the command palette and the shortcuts help all read this one list,
// so an action enabled in one place is enabled everywhere, and a shortcut can never do what the
// menu would not allow. The order here is the order in menus; the definitions live in defs/ by
// concern.
import { OPEN_ACTIONS } from "./defs/open";
import { METADATA_ACTIONS } from "./defs/metadata";
import { ORGANIZE_ACTIONS } from "./defs/organize";
import { PAGE_ACTIONS } from "./defs/page";
import { REMOVE_ACTIONS } from "./defs/remove";
import type { ActionDef, ActionState } from "./types";

export const ACTIONS: readonly ActionDef[] = [...OPEN_ACTIONS, ...ORGANIZE_ACTIONS, ...METADATA_ACTIONS, ...REMOVE_ACTIONS, ...PAGE_ACTIONS];

export const actionById = (id: string) => ACTIONS.find((a) => a.id === id);

export function enabledActions(s: ActionState, filter: (a: ActionDef) => boolean = () => true): ActionDef[] {
  return ACTIONS.filter((a) => filter(a) && a.isEnabled(s));
}

/** Order of groups in menus; each group is separated by a divider. */
export const MENU_GROUPS = ["open", "new", "organize", "edit", "danger", "select", "view", "app"] as const;
