import { useTranslation } from "react-i18next";
import { Divider, ListItemIcon, ListItemText, Typography } from "@mui/material";
import { Menu, MenuItem } from "../../../shared/ui/LazyMenu";
import { enabledActions, MENU_GROUPS } from "./registry";
import { hideOnTouch } from "./hotkeys";
import { hintOf } from "./keymap";
import type { ActionDef, ActionState } from "./types";

export type MenuKind = "selection" | "folder";

/** Which actions a menu lists: the selection's actions, or the folder's (background) actions. */
export function menuActions(state: ActionState, kind: MenuKind): ActionDef[] {
  return enabledActions(state, (a) => (kind === "selection" ? Boolean(a.selection) && a.id !== "selectNone" : Boolean(a.folder)));
}

/** Groups separated by dividers, each item with its icon and shortcut hint. */
export function ActionMenuItems({ actions, onPick }: { actions: ActionDef[]; onPick: (id: string) => void }) {
  const { t } = useTranslation("explorer");
  const groups = MENU_GROUPS.map((g) => actions.filter((a) => a.group === g)).filter((g) => g.length);
  // A flat list: MUI menus move focus only across their direct children.
  return groups.flatMap((g, i) => [
    ...(i > 0 ? [<Divider key={`d${i}`} />] : []),
    ...g.map((a) => {
      const Icon = a.icon;
      const hint = hintOf(a.id);
      return (
        <MenuItem key={a.id} onClick={() => onPick(a.id)} data-action={a.id}>
          <ListItemIcon aria-hidden>
            <Icon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t(a.labelKey)}</ListItemText>
          {hint && (
            <Typography variant="body2" color="text.secondary" sx={{ ml: 3, ...hideOnTouch }} aria-hidden>
              {hint}
            </Typography>
          )}
        </MenuItem>
      );
    }),
  ]);
}

export interface MenuAnchor {
  at: { x: number; y: number } | HTMLElement;
  kind: MenuKind;
}

/** The context menu (right click, Shift+F10, the ContextMenu key, the "more" button). */
export function ActionMenu({ anchor, state, onClose, run }: { anchor: MenuAnchor | null; state: ActionState; onClose: () => void; run: (id: string) => void }) {
  const { t } = useTranslation("explorer");
  const actions = anchor ? menuActions(state, anchor.kind) : [];
  const at = anchor?.at;
  return (
    <Menu
      open={Boolean(anchor) && actions.length > 0}
      onClose={onClose}
      anchorReference={at && !(at instanceof HTMLElement) ? "anchorPosition" : "anchorEl"}
      anchorPosition={at && !(at instanceof HTMLElement) ? { top: at.y, left: at.x } : undefined}
      anchorEl={at instanceof HTMLElement ? at : undefined}
      slotProps={{ list: { "aria-label": anchor?.kind === "folder" ? t("menu.folderActions") : t("menu.itemActions"), dense: true } }}
    >
      {ActionMenuItems({
        actions,
        onPick: (id) => {
          onClose();
          run(id);
        },
      })}
    </Menu>
  );
}
