import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  Alert,
  Box,
  Button,
  Checkbox,
  IconButton,
  LinearProgress,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  Paper,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  useTheme,
} from "@mui/material";
import MoreIcon from "@mui/icons-material/MoreVert";
import type { ListState } from "./useListState";
import { Pager } from "./Pager";
import { SortHeader } from "./SortHeader";

export interface Column<T> {
  id: string;
  label: string;
  /** The server's `order_by` value, when the column can be sorted. */
  sortKey?: string;
  render: (row: T) => ReactNode;
  align?: "left" | "right";
  /** Left out of the phone cards (the title already says it). */
  phoneHidden?: boolean;
}

export interface RowAction {
  label: string;
  icon: ReactNode;
  run: () => void;
  disabled?: boolean;
  danger?: boolean;
}

export interface DataTableProps<T> {
  label: string;
  rows: T[] | undefined;
  columns: Column<T>[];
  rowId: (row: T) => number;
  /** The row's name, for checkbox and menu labels. */
  rowName: (row: T) => string;
  /** The first column's content on phone cards. */
  title: (row: T) => ReactNode;
  actions?: (row: T) => RowAction[];
  selected?: Set<number>;
  onSelect?: (ids: Set<number>) => void;
  state: ListState;
  total: number;
  loading: boolean;
  fetching: boolean;
  error?: string;
  onRetry?: () => void;
  empty: string;
  onSort: (key: string) => void;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

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
  const emptyView = !p.loading && rows.length === 0 && (
    <Typography color="text.secondary" sx={{ p: 3, textAlign: "center" }}>
      {p.empty}
    </Typography>
  );

  if (phone) {
    return (
      <Paper variant="outlined" sx={{ position: "relative" }}>
        {busy}
        {selectable && rows.length > 0 && (
          <Box sx={{ px: 1, borderBottom: 1, borderColor: "divider" }}>
            <Checkbox checked={allOn} indeterminate={someOn && !allOn} onChange={toggleAll} slotProps={{ input: { "aria-label": t("list.selectPage") } }} />
            <Typography component="span" variant="body2">
              {t("list.selectPage")}
            </Typography>
          </Box>
        )}
        {p.loading && <Skeletons />}
        {emptyView}
        <Box component="ul" aria-label={p.label} sx={{ listStyle: "none", m: 0, p: 0 }}>
          {rows.map((row) => (
            <Box component="li" key={p.rowId(row)} sx={{ display: "flex", gap: 1, p: 1, borderBottom: 1, borderColor: "divider", alignItems: "flex-start" }}>
              {selectable && (
                <Checkbox
                  checked={chosen.has(p.rowId(row))}
                  onChange={() => toggle(p.rowId(row))}
                  slotProps={{ input: { "aria-label": t("list.select", { name: p.rowName(row) }) } }}
                />
              )}
              <Box sx={{ flexGrow: 1, minWidth: 0, pt: selectable ? 1 : 0 }}>
                <Box sx={{ fontWeight: 500, overflowWrap: "anywhere" }}>{p.title(row)}</Box>
                <Box component="dl" sx={{ m: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: 1, fontSize: "body2.fontSize" }}>
                  {p.columns
                    .filter((c) => !c.phoneHidden)
                    .map((c) => (
                      <Box key={c.id} sx={{ display: "contents" }}>
                        <Box component="dt" sx={{ color: "text.secondary" }}>
                          {c.label}
                        </Box>
                        <Box component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: "anywhere" }}>
                          {c.render(row)}
                        </Box>
                      </Box>
                    ))}
                </Box>
              </Box>
              {p.actions && <RowMenu name={p.rowName(row)} actions={p.actions(row)} />}
            </Box>
          ))}
        </Box>
        {pager}
      </Paper>
    );
  }

  return (
    <Paper variant="outlined" sx={{ position: "relative" }}>
      {busy}
      <TableContainer>
        <Table size="small" aria-label={p.label} aria-busy={p.fetching || undefined}>
          <TableHead>
            <TableRow>
              {selectable && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={allOn}
                    indeterminate={someOn && !allOn}
                    onChange={toggleAll}
                    disabled={rows.length === 0}
                    slotProps={{ input: { "aria-label": t("list.selectPage") } }}
                  />
                </TableCell>
              )}
              {p.columns.map((c) => (
                <TableCell
                  key={c.id}
                  align={c.align}
                  sortDirection={c.sortKey && p.state.sort === c.sortKey ? (p.state.desc ? "desc" : "asc") : false}
                  sx={{ whiteSpace: "nowrap" }}
                >
                  {c.sortKey ? (
                    <SortHeader
                      label={c.label}
                      active={p.state.sort === c.sortKey}
                      desc={p.state.sort !== c.sortKey || p.state.desc}
                      onClick={() => p.onSort(c.sortKey!)}
                    />
                  ) : (
                    c.label
                  )}
                </TableCell>
              ))}
              {p.actions && (
                <TableCell align="right">
                  <Box component="span" sx={visuallyHidden}>
                    {t("list.actions")}
                  </Box>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={p.rowId(row)} hover selected={chosen.has(p.rowId(row))}>
                {selectable && (
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={chosen.has(p.rowId(row))}
                      onChange={() => toggle(p.rowId(row))}
                      slotProps={{ input: { "aria-label": t("list.select", { name: p.rowName(row) }) } }}
                    />
                  </TableCell>
                )}
                {p.columns.map((c) => (
                  <TableCell key={c.id} align={c.align} sx={{ maxWidth: 320, overflowWrap: "anywhere" }}>
                    {c.render(row)}
                  </TableCell>
                ))}
                {p.actions && (
                  <TableCell align="right" padding="checkbox">
                    <RowMenu name={p.rowName(row)} actions={p.actions(row)} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {p.loading && <Skeletons />}
      {emptyView}
      {pager}
    </Paper>
  );
}

const visuallyHidden = { position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" } as const;

function Skeletons() {
  return (
    <Box sx={{ p: 2 }}>
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height={36} />
      ))}
    </Box>
  );
}

function RowMenu({ name, actions }: { name: string; actions: RowAction[] }) {
  const { t } = useTranslation("admin");
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  if (actions.length === 0) return null;
  return (
    <>
      <IconButton
        aria-label={t("list.more", { name })}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <MoreIcon />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {actions.map((a) => (
          <MenuItem
            key={a.label}
            disabled={a.disabled}
            onClick={() => {
              setAnchor(null);
              a.run();
            }}
            sx={a.danger ? { color: "error.main" } : undefined}
          >
            <ListItemIcon aria-hidden sx={a.danger ? { color: "error.main" } : undefined}>
              {a.icon}
            </ListItemIcon>
            <ListItemText>{a.label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
