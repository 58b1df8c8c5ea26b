import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, Divider, IconButton, ListItemText, ToggleButton, ToggleButtonGroup, Tooltip, Typography, useMediaQuery, useTheme } from "@mui/material";
import { Menu, MenuItem } from "../../shared/ui/LazyMenu";
import SortIcon from "@mui/icons-material/SortOutlined";
import MoreIcon from "@mui/icons-material/MoreVertOutlined";
import TuneIcon from "@mui/icons-material/TuneOutlined";
import ListIcon from "@mui/icons-material/ViewListOutlined";
import GridIcon from "@mui/icons-material/GridViewOutlined";
import GalleryIcon from "@mui/icons-material/PhotoLibraryOutlined";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import CheckIcon from "@mui/icons-material/Check";
import { useActions, useFolder, useItemUi, useSelectionState } from "./ExplorerContext";
import { enabledActions } from "./actions/registry";
import { hintOf } from "./actions/keymap";
import { directionOptions, orderOptions, type Layout } from "./listing/viewSettings";
import type { OrderBy, OrderDirection } from "../../api/queries/files";

const ViewOptions = lazy(() => import("./views/ViewOptions"));

/**
 * The action bar: with a selection, the registry's toolbar actions for it; without one, what can
 * be created here. Sort, layout and view options on the right.
 */
export function ExplorerToolbar({
  viewOptionsAnchor,
  setViewOptionsAnchor,
}: {
  viewOptionsAnchor: HTMLElement | null;
  setViewOptionsAnchor: (el: HTMLElement | null) => void;
}) {
  const { t, i18n } = useTranslation("explorer");
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const actionsCtx = useActions();
  const folderCtx = useFolder();
  const itemCtx = useItemUi();
  const selCtx = useSelectionState();
  const { actionState: s } = actionsCtx;
  const { view } = folderCtx;
  const { sel } = selCtx;
  const [sortAnchor, setSortAnchor] = useState<HTMLElement | null>(null);
  const selected = sel.count > 0;
  const actions = selected ? enabledActions(s, (a) => Boolean(a.toolbar)) : enabledActions(s, (a) => a.group === "new" || Boolean(a.folderToolbar));
  const nf = new Intl.NumberFormat(i18n.language);
  const props = folderCtx.listing.head?.props;
  const orders = orderOptions(props);
  const dirs = directionOptions(props);

  return (
    <Box
      role="toolbar"
      aria-label={t("toolbar.label")}
      sx={{ display: "flex", alignItems: "center", gap: 0.5, px: { xs: 1, sm: 2 }, py: 0.5, minHeight: 48, flexWrap: "nowrap" }}
    >
      {selected && (
        <>
          <Tooltip title={itemCtx.isTouch ? t("actions.selectNone") : `${t("actions.selectNone")} (${hintOf("selectNone")})`}>
            <IconButton size="small" aria-label={t("actions.selectNone")} onClick={() => actionsCtx.runAction("selectNone", "toolbar")}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Typography variant="body2" sx={{ mr: 1, whiteSpace: "nowrap", fontWeight: 500 }} aria-hidden>
            {actionsCtx.actionState.symbolicAll && folderCtx.listing.total === undefined
              ? t("status.allSelected")
              : t("status.selected", { count: sel.count, n: nf.format(sel.count) })}
          </Typography>
        </>
      )}
      {/* On phones the selection's actions live in the bottom bar instead. */}
      {(!phone || !selected) && (
        <Box sx={{ display: "flex", alignItems: "center", gap: 0.5, minWidth: 0, overflow: "hidden" }}>
          {actions.map((a) => {
            const Icon = a.icon;
            const label = t(a.labelKey);
            const key = itemCtx.isTouch ? undefined : hintOf(a.id);
            const hint = key ? ` (${key})` : "";
            return !selected && !phone ? (
              <Button
                key={a.id}
                size="small"
                variant={a.id === "newFolder" ? "contained" : "text"}
                startIcon={<Icon aria-hidden />}
                onClick={() => actionsCtx.runAction(a.id, "toolbar")}
                sx={{ whiteSpace: "nowrap" }}
              >
                {label}
              </Button>
            ) : (
              <Tooltip key={a.id} title={label + hint}>
                <IconButton size="small" aria-label={label} onClick={() => actionsCtx.runAction(a.id, "toolbar")} data-action={a.id}>
                  <Icon fontSize="small" />
                </IconButton>
              </Tooltip>
            );
          })}
        </Box>
      )}
      <Box sx={{ flex: 1 }} />
      {orders.length > 0 && !s.singleFileView && (
        <>
          <Tooltip title={t("toolbar.sort")}>
            <IconButton
              size="small"
              aria-label={t("toolbar.sortBy", { order: t(`sort.${view.orderBy}_${view.direction}`) })}
              aria-haspopup="menu"
              onClick={(e) => setSortAnchor(e.currentTarget)}
            >
              <SortIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Menu anchorEl={sortAnchor} open={Boolean(sortAnchor)} onClose={() => setSortAnchor(null)} slotProps={{ list: { "aria-label": t("toolbar.sort") } }}>
            {orders.flatMap((o: OrderBy) =>
              dirs.map((d: OrderDirection) => {
                const on = view.orderBy === o && view.direction === d;
                return (
                  <MenuItem
                    key={`${o}_${d}`}
                    role="menuitemradio"
                    aria-checked={on}
                    selected={on}
                    onClick={() => {
                      setSortAnchor(null);
                      folderCtx.setView({ orderBy: o, direction: d });
                    }}
                  >
                    <ListItemText>{t(`sort.${o}_${d}`)}</ListItemText>
                    {on && <CheckIcon fontSize="small" sx={{ ml: 2 }} aria-hidden />}
                  </MenuItem>
                );
              }),
            )}
          </Menu>
        </>
      )}
      {!s.singleFileView && (
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view.layout}
          onChange={(_, v: Layout | null) => v && folderCtx.setView({ layout: v })}
          aria-label={t("toolbar.layout")}
          sx={{ display: { xs: "none", sm: "inline-flex" }, "& .MuiToggleButton-root": { px: 1, py: 0.5 } }}
        >
          <ToggleButton value="list" aria-label={t("actions.layoutList")}>
            <ListIcon fontSize="small" />
          </ToggleButton>
          <ToggleButton value="grid" aria-label={t("actions.layoutGrid")}>
            <GridIcon fontSize="small" />
          </ToggleButton>
          <ToggleButton value="gallery" aria-label={t("actions.layoutGallery")}>
            <GalleryIcon fontSize="small" />
          </ToggleButton>
        </ToggleButtonGroup>
      )}
      {!s.singleFileView && (
        <Tooltip title={t("actions.viewOptions")}>
          <IconButton
            size="small"
            aria-label={t("actions.viewOptions")}
            aria-haspopup="dialog"
            aria-expanded={Boolean(viewOptionsAnchor)}
            onClick={(e) => setViewOptionsAnchor(e.currentTarget)}
            data-view-options=""
          >
            <TuneIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      <Divider orientation="vertical" flexItem sx={{ mx: 0.5, display: { xs: "none", sm: "block" } }} />
      <Tooltip title={t("toolbar.more")}>
        <IconButton
          size="small"
          aria-label={t("toolbar.more")}
          aria-haspopup="menu"
          onClick={(e) => actionsCtx.openMenu(e.currentTarget, selected ? "selection" : "folder")}
        >
          <MoreIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      {viewOptionsAnchor && (
        <Suspense fallback={null}>
          <ViewOptions anchor={viewOptionsAnchor} onClose={() => setViewOptionsAnchor(null)} />
        </Suspense>
      )}
    </Box>
  );
}
