import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IconButton, ListItemText, ToggleButton, ToggleButtonGroup, Tooltip } from "@mui/material";
import { Menu, MenuItem } from "../../shared/ui/LazyMenu";
import SortIcon from "@mui/icons-material/SortOutlined";
import ListIcon from "@mui/icons-material/ViewListOutlined";
import GridIcon from "@mui/icons-material/GridViewOutlined";
import GalleryIcon from "@mui/icons-material/PhotoLibraryOutlined";
import CheckIcon from "@mui/icons-material/Check";
import { useFolder } from "./ExplorerContext";
import { directionOptions, orderOptions, type Layout } from "./listing/viewSettings";
import type { OrderBy, OrderDirection } from "../../api/queries/files";

/** The toolbar's sort button and its menu: every order and direction the folder offers. */
export function SortMenu() {
  const { t } = useTranslation("explorer");
  const folderCtx = useFolder();
  const { view } = folderCtx;
  const [sortAnchor, setSortAnchor] = useState<HTMLElement | null>(null);
  const props = folderCtx.listing.head?.props;
  const orders = orderOptions(props);
  const dirs = directionOptions(props);
  return (
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
  );
}

/** List, grid or gallery (phones switch layouts from the view options instead). */
export function LayoutToggle() {
  const { t } = useTranslation("explorer");
  const folderCtx = useFolder();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={folderCtx.view.layout}
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
  );
}
