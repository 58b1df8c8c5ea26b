import { useTranslation } from "react-i18next";
import { Box, Checkbox, Paper, Typography } from "@mui/material";
import type { LayoutProps } from "./dataTableTypes";
import { RowMenu } from "./RowMenu";

/** The table on a phone: each row a card with its checkbox, title, details and menu. */
export function PhoneCards<T>({ p, rows, sel, chrome }: LayoutProps<T>) {
  const { t } = useTranslation("admin");
  return (
    <Paper variant="outlined" sx={{ position: "relative" }}>
      {chrome.busy}
      {sel.enabled && rows.length > 0 && (
        <Box sx={{ px: 1, borderBottom: 1, borderColor: "divider" }}>
          <Checkbox
            checked={sel.allOn}
            indeterminate={sel.someOn && !sel.allOn}
            onChange={sel.toggleAll}
            slotProps={{ input: { "aria-label": t("list.selectPage") } }}
          />
          <Typography component="span" variant="body2">
            {t("list.selectPage")}
          </Typography>
        </Box>
      )}
      {chrome.placeholders}
      {chrome.empty}
      <Box component="ul" aria-label={p.label} sx={{ listStyle: "none", m: 0, p: 0 }}>
        {rows.map((row) => (
          <Box component="li" key={p.rowId(row)} sx={{ display: "flex", gap: 1, p: 1, borderBottom: 1, borderColor: "divider", alignItems: "flex-start" }}>
            {sel.enabled && (
              <Checkbox
                checked={sel.chosen.has(p.rowId(row))}
                onChange={() => sel.toggle(p.rowId(row))}
                slotProps={{ input: { "aria-label": t("list.select", { name: p.rowName(row) }) } }}
              />
            )}
            <Box sx={{ flexGrow: 1, minWidth: 0, pt: sel.enabled ? 1 : 0 }}>
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
      {chrome.pager}
    </Paper>
  );
}
