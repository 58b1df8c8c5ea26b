import { useTranslation } from "react-i18next";
import { Alert, Box, Button, LinearProgress, Skeleton, Typography, useMediaQuery, useTheme } from "@mui/material";
import type { DataTableProps, TableChrome, TableSelection } from "./dataTableTypes";
import { Pager } from "./Pager";
import { PhoneCards } from "./PhoneCards";
import { WideTable } from "./WideTable";

export type { Column, DataTableProps, RowAction } from "./dataTableTypes";

/**
 * A server-paged table: sortable headers, a checkbox per row for batch actions, a menu of row
 * actions; on phones each row becomes a card with the same checkbox, title, details and menu.
 */
export function DataTable<T>(p: DataTableProps<T>) {
  const { t } = useTranslation("admin");
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("md"), { noSsr: true });
  const rows = p.rows ?? [];
  const ids = rows.map(p.rowId);
  const selectable = Boolean(p.onSelect);
  const chosen = p.selected ?? new Set<number>();
  const allOn = ids.length > 0 && ids.every((id) => chosen.has(id));
  const someOn = ids.some((id) => chosen.has(id));
  const toggle = (id: number) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    p.onSelect?.(next);
  };
  const toggleAll = () => p.onSelect?.(allOn ? new Set() : new Set(ids));

  if (p.error && !p.rows) {
    return (
      <Alert
        severity="error"
        action={
          p.onRetry && (
            <Button color="inherit" size="small" onClick={p.onRetry}>
              {t("common.retry")}
            </Button>
          )
        }
      >
        {p.error}
      </Alert>
    );
  }
  const pager = <Pager state={p.state} total={p.total} onPage={p.onPage} onPageSize={p.onPageSize} />;
  const busy = p.fetching ? <LinearProgress aria-label={t("common.loading")} sx={{ position: "absolute", top: 0, left: 0, right: 0 }} /> : null;
  const empty = !p.loading && rows.length === 0 && (
    <Typography color="text.secondary" sx={{ p: 3, textAlign: "center" }}>
      {p.empty}
    </Typography>
  );

  const sel: TableSelection = { enabled: selectable, chosen, allOn, someOn, toggle, toggleAll };
  const chrome: TableChrome = { busy, placeholders: p.loading && <Skeletons />, empty, pager };
  return phone ? <PhoneCards p={p} rows={rows} sel={sel} chrome={chrome} /> : <WideTable p={p} rows={rows} sel={sel} chrome={chrome} />;
}

function Skeletons() {
  return (
    <Box sx={{ p: 2 }}>
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height={36} />
      ))}
    </Box>
  );
}
