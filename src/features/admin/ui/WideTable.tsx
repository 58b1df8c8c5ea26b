import { useTranslation } from "react-i18next";
import { Box, Checkbox, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from "@mui/material";
import type { LayoutProps } from "./dataTableTypes";
import { RowMenu } from "./RowMenu";
import { SortHeader } from "./SortHeader";
import { visuallyHidden } from "../../../shared/visuallyHidden";

/** The table on wider screens, with sortable headers. */
export function WideTable<T>({ p, rows, sel, chrome }: LayoutProps<T>) {
  const { t } = useTranslation("admin");
  return (
    <Paper variant="outlined" sx={{ position: "relative" }}>
      {chrome.busy}
      <TableContainer>
        <Table size="small" aria-label={p.label} aria-busy={p.fetching || undefined}>
          <TableHead>
            <TableRow>
              {sel.enabled && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={sel.allOn}
                    indeterminate={sel.someOn && !sel.allOn}
                    onChange={sel.toggleAll}
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
              <TableRow key={p.rowId(row)} hover selected={sel.chosen.has(p.rowId(row))}>
                {sel.enabled && (
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={sel.chosen.has(p.rowId(row))}
                      onChange={() => sel.toggle(p.rowId(row))}
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
      {chrome.placeholders}
      {chrome.empty}
      {chrome.pager}
    </Paper>
  );
}
