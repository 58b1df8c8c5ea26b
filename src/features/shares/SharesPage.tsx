import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Box, Button, MenuItem, Skeleton, Stack, TextField, Typography } from "@mui/material";
import { describeError } from "../../api/errors";
import { shareQueries, type Share, type ShareOrder } from "../../api/queries/shares";
import { usePageTitle } from "../../shared/usePageTitle";
import { ConfirmDeleteDialog } from "./ConfirmDeleteDialog";
import { ShareRow } from "./ShareRow";
import { useShareActions } from "./useShareActions";

const SORTS = ["created_desc", "created_asc", "views_desc", "downloads_desc", "remain_downloads_asc"] as const;
type Sort = (typeof SORTS)[number];
const splitSort = (s: Sort) => {
  const i = s.lastIndexOf("_");
  return [s.slice(0, i) as ShareOrder, s.slice(i + 1) as "asc" | "desc"] as const;
};

/** `/shares`: the user's share links (docs/server-behaviour.md, "Share links"), newest first, with their state and actions. */
export function SharesPage() {
  const { t } = useTranslation("shares");
  usePageTitle(t("page.title"));
  const [sort, setSort] = useState<Sort>("created_desc");
  const [filter, setFilter] = useState("");
  const [pendingDelete, setPendingDelete] = useState<Share | null>(null);
  const [order, direction] = splitSort(sort);
  const query = useInfiniteQuery(shareQueries.mine(order, direction));
  const { edit, remove, copy } = useShareActions();
  const all = query.data?.pages.flatMap((p) => p.shares ?? []) ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle ? all.filter((s) => (s.name ?? "").toLowerCase().includes(needle)) : all;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  // A name filter looks through every link, not just the pages loaded so far.
  useEffect(() => {
    if (needle && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [needle, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 960 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t("page.title")}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 2 }}>
        <TextField size="small" type="search" label={t("page.filter")} value={filter} onChange={(e) => setFilter(e.target.value)} sx={{ flex: "1 1 220px" }} />
        <TextField select size="small" label={t("page.sort")} value={sort} onChange={(e) => setSort(e.target.value as Sort)} sx={{ flex: "0 1 220px" }}>
          {SORTS.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`sort.${s}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {query.isPending ? (
        <Stack spacing={1} role="status" aria-label={t("page.loading")}>
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} variant="rounded" height={64} />
          ))}
        </Stack>
      ) : query.error ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void query.refetch()}>
              {t("common.retry")}
            </Button>
          }
        >
          {describeError(query.error, t)}
        </Alert>
      ) : shown.length === 0 ? (
        <Typography color="text.secondary">{needle ? t("page.noMatch") : t("page.empty")}</Typography>
      ) : (
        <Stack component="ul" spacing={1} sx={{ listStyle: "none", p: 0, m: 0 }} aria-label={t("page.title")}>
          {shown.map((s) => (
            <ShareRow key={s.id} share={s} actions={{ copy: (x) => void copy(x), edit: (x) => void edit(x), remove: setPendingDelete }} />
          ))}
        </Stack>
      )}
      {hasNextPage && !needle && (
        <Box sx={{ mt: 2, textAlign: "center" }}>
          <Button onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
            {t("page.more")}
          </Button>
        </Box>
      )}
      <ConfirmDeleteDialog
        name={pendingDelete ? (pendingDelete.name ?? "") : null}
        onClose={(ok) => {
          const s = pendingDelete;
          setPendingDelete(null);
          if (ok && s) void remove(s);
        }}
      />
    </Box>
  );
}
