import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, Paper, TextField, Typography, MenuItem } from "@mui/material";
import { usePageTitle } from "../../../shared/usePageTitle";

/** The page's h1 (also the document title) with its main actions on the right. */
export function PageHeader({ title, intro, actions }: { title: string; intro?: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation("admin");
  usePageTitle(`${title} - ${t("title")}`);
  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", justifyContent: "space-between" }}>
        <Typography variant="h5" component="h1">
          {title}
        </Typography>
        {actions && <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>{actions}</Box>}
      </Box>
      {intro && (
        <Typography color="text.secondary" sx={{ mt: 0.5, maxWidth: 820 }}>
          {intro}
        </Typography>
      )}
    </Box>
  );
}

/** What can be done to the checked rows; shown only while some are checked. */
export function BatchBar({ count, onClear, children }: { count: number; onClear: () => void; children: ReactNode }) {
  const { t } = useTranslation("admin");
  if (count === 0) return null;
  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label={t("batch.label")}
      sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap", p: 1, mb: 1, bgcolor: "action.selected" }}
    >
      <Typography sx={{ px: 1 }} role="status">
        {t("batch.selected", { count })}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", flexGrow: 1 }}>{children}</Box>
      <Button onClick={onClear}>{t("batch.clear")}</Button>
    </Paper>
  );
}

/** The filters above a list: they wrap onto new lines on narrow screens. */
export function FilterBar({ children }: { children: ReactNode }) {
  const { t } = useTranslation("admin");
  return (
    <Box
      role="search"
      aria-label={t("list.filters")}
      sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 1, "& > *": { flex: { xs: "1 1 100%", sm: "0 1 auto" } } }}
    >
      {children}
    </Box>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A filter drop-down whose first entry means "no filter". */
export function FilterSelect({
  label,
  value,
  onChange,
  choices,
  anyLabel,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  choices: Choice[];
  anyLabel: string;
}) {
  return (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 180 }}>
      <MenuItem value="">{anyLabel}</MenuItem>
      {choices.map((c) => (
        <MenuItem key={c.value} value={c.value}>
          {c.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
