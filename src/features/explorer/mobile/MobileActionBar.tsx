import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, List, ListItem, ListItemButton, ListItemIcon, ListItemText, Paper, Typography } from "@mui/material";
import { Drawer } from "../../../shared/ui/LazyDrawer";
import { BOTTOM_DOCK } from "../../../shared/bottomDock";
import MoreIcon from "@mui/icons-material/MoreHoriz";
import { useActions, useSelectionState } from "../ExplorerContext";
import { menuActions } from "../actions/ActionMenu";

/**
 * Phones: with a selection, the most used actions sit at the bottom within thumb reach; the rest
 * open in a bottom sheet. Same registry, same rules as the menus.
 */
export function MobileActionBar() {
  const { t } = useTranslation("explorer");
  const actionsCtx = useActions();
  const selCtx = useSelectionState();
  const [sheet, setSheet] = useState(false);
  if (selCtx.sel.count === 0) return null;
  const actions = menuActions(actionsCtx.actionState, "selection");
  const primary = actions.filter((a) => a.toolbar).slice(0, 3);
  const run = (id: string) => {
    setSheet(false);
    actionsCtx.runAction(id, "menu");
  };
  return (
    <>
      <Paper
        elevation={8}
        role="toolbar"
        aria-label={t("toolbar.selectionActions")}
        sx={{
          position: "fixed",
          left: 8,
          right: 8,
          // Above the music player when it is docked there.
          bottom: `calc(8px + env(safe-area-inset-bottom) + ${BOTTOM_DOCK})`,
          zIndex: (th) => th.zIndex.appBar,
          display: "flex",
          justifyContent: "space-around",
          p: 0.5,
          borderRadius: 3,
        }}
      >
        {primary.map((a) => {
          const Icon = a.icon;
          return (
            <Button key={a.id} onClick={() => run(a.id)} sx={{ flexDirection: "column", minWidth: 64, fontSize: 12 }} color="inherit">
              <Icon aria-hidden />
              {t(a.labelKey)}
            </Button>
          );
        })}
        <Button onClick={() => setSheet(true)} sx={{ flexDirection: "column", minWidth: 64, fontSize: 12 }} color="inherit" aria-haspopup="dialog">
          <MoreIcon aria-hidden />
          {t("toolbar.more")}
        </Button>
      </Paper>
      <Drawer
        anchor="bottom"
        open={sheet}
        onClose={() => setSheet(false)}
        slotProps={{
          paper: { sx: { borderTopLeftRadius: 16, borderTopRightRadius: 16, pb: "env(safe-area-inset-bottom)" }, "aria-label": t("toolbar.selectionActions") },
        }}
      >
        <Typography variant="subtitle2" component="h2" sx={{ px: 2, pt: 2 }}>
          {t("status.selected", { count: selCtx.sel.count, n: selCtx.sel.count })}
        </Typography>
        <List>
          {actions.map((a) => {
            const Icon = a.icon;
            return (
              <ListItem key={a.id} disablePadding>
                <ListItemButton onClick={() => run(a.id)}>
                  <ListItemIcon aria-hidden>
                    <Icon />
                  </ListItemIcon>
                  <ListItemText primary={t(a.labelKey)} />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      </Drawer>
    </>
  );
}
