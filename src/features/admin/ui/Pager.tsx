import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, MenuItem, TextField, Typography } from "@mui/material";
import FirstIcon from "@mui/icons-material/FirstPageRounded";
import PrevIcon from "@mui/icons-material/ChevronLeftRounded";
import NextIcon from "@mui/icons-material/ChevronRightRounded";
import LastIcon from "@mui/icons-material/LastPageRounded";
import { PAGE_SIZES, type ListState } from "./useListState";

/**
 * A list's page controls: rows per page, where the page is in the whole list, and first / previous /
 * next / last. (Written here rather than MUI's TablePagination, whose parts the app shell also uses:
 * sharing them would split the shell's first-load chunks.)
 */
export function Pager({
  state,
  total,
  onPage,
  onPageSize,
}: {
  state: ListState;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { t, i18n } = useTranslation("admin");
  const id = useId();
  const last = Math.max(1, Math.ceil(total / state.pageSize));
  const from = total === 0 ? 0 : (state.page - 1) * state.pageSize + 1;
  const to = Math.min(total, state.page * state.pageSize);
  const n = (x: number) => x.toLocaleString(i18n.language);
  const go = (page: number, icon: React.ReactNode, key: "first" | "previous" | "next" | "last", disabled: boolean) => (
    <IconButton aria-label={t(`list.go.${key}`)} onClick={() => onPage(page)} disabled={disabled}>
      {icon}
    </IconButton>
  );
  return (
    <Box
      component="nav"
      aria-label={t("list.pages")}
      sx={{ display: "flex", alignItems: "center", justifyContent: "flex-end", flexWrap: "wrap", gap: 1, px: { xs: 1, sm: 2 }, py: 1 }}
    >
      <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
        <Typography variant="body2" id={`${id}-size`} component="label" htmlFor={`${id}-input`}>
          {t("list.perPage")}
        </Typography>
        <TextField
          select
          size="small"
          variant="standard"
          value={String(state.pageSize)}
          onChange={(e) => onPageSize(Number(e.target.value))}
          slotProps={{ select: { id: `${id}-input`, labelId: `${id}-size` } }}
        >
          {PAGE_SIZES.map((s) => (
            <MenuItem key={s} value={String(s)}>
              {s}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Typography variant="body2" role="status" sx={{ mx: 1 }}>
        {t("list.range", { from: n(from), to: n(to), total: n(total) })}
      </Typography>
      <Box sx={{ display: "flex" }}>
        {go(1, <FirstIcon />, "first", state.page <= 1)}
        {go(state.page - 1, <PrevIcon />, "previous", state.page <= 1)}
        {go(state.page + 1, <NextIcon />, "next", state.page >= last)}
        {go(last, <LastIcon />, "last", state.page >= last)}
      </Box>
    </Box>
  );
}
