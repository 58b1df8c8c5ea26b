import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Box, CircularProgress, Typography } from "@mui/material";
import { LazyPagination as Pagination } from "../../shared/ui/lazyParts";
import { useActions, useFolder, useSelectionState } from "./ExplorerContext";
import { explorerHref } from "./nav/href";

/** Counts (also announced to screen readers) and, in offset mode, the pager whose page is in the URL. */
export function StatusBar() {
  const { t, i18n } = useTranslation("explorer");
  const navigate = useNavigate();
  const { listing, files, uri } = useFolder();
  const { sel } = useSelectionState();
  const { actionState } = useActions();
  const nf = new Intl.NumberFormat(i18n.language);
  const total = listing.total;
  const count = total !== undefined ? t("status.items", { count: total, n: nf.format(total) }) : t("status.itemsMore", { n: nf.format(files.length) });
  const selected =
    sel.count > 0
      ? actionState.symbolicAll && total === undefined
        ? t("status.allSelected")
        : t("status.selected", { count: sel.count, n: nf.format(sel.count) })
      : "";
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 2, px: 2, minHeight: 40, borderTop: 1, borderColor: "divider", flexWrap: "wrap" }}>
      <Typography variant="caption" color="text.secondary" role="status" aria-live="polite" sx={{ mr: "auto" }}>
        {count}
        {selected ? ` · ${selected}` : ""}
      </Typography>
      {listing.isFetchingNextPage && <CircularProgress size={16} aria-label={t("status.loadingMore")} />}
      {listing.mode === "offset" && listing.pageCount > 1 && (
        <Pagination
          size="small"
          count={listing.pageCount}
          page={listing.page + 1}
          onChange={(_, p) => navigate(explorerHref(uri, p - 1))}
          getItemAriaLabel={(type, page, selectedPage) =>
            type === "page" ? (selectedPage ? t("pager.current", { page }) : t("pager.page", { page })) : t(`pager.${type}`)
          }
          siblingCount={0}
        />
      )}
    </Box>
  );
}
