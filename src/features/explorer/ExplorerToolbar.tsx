import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, Divider, IconButton, Tooltip, Typography, useMediaQuery, useTheme } from "@mui/material";
import MoreIcon from "@mui/icons-material/MoreVertOutlined";
import TuneIcon from "@mui/icons-material/TuneOutlined";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import { useActions, useFolder, useItemUi, useSelectionState } from "./ExplorerContext";
import { enabledActions } from "./actions/registry";
import { hintOf } from "./actions/keymap";
import { orderOptions } from "./listing/viewSettings";
import { LayoutToggle, SortMenu } from "./ViewControls";

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
  const { sel } = selCtx;
  const selected = sel.count > 0;
  const actions = selected ? enabledActions(s, (a) => Boolean(a.toolbar)) : enabledActions(s, (a) => a.group === "new" || Boolean(a.folderToolbar));
  const nf = new Intl.NumberFormat(i18n.language);
  const orders = orderOptions(folderCtx.listing.head?.props);

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
      {orders.length > 0 && !s.singleFileView && <SortMenu />}
      {!s.singleFileView && <LayoutToggle />}
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
