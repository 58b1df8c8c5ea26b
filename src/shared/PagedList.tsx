// A list the server hands out page by page (WebDAV accounts, tasks, downloads): placeholders while
// the first page loads, its failure with Retry, the empty state, the items, then "Load more" with
// its own failure and Retry. Items already shown stay when a later page fails. Outside shared/ui,
// whose kit every first load carries: only pages that load later use it.
import type { ReactNode } from "react";
import { Alert, Box, Button, Paper, Skeleton, Stack, Typography } from "@mui/material";

export interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
}

export interface PagedListTexts {
  /** Names the placeholders while the first page loads. */
  loading: string;
  /** The first page failed (with the reason). */
  failed: string;
  /** A later page failed (with the reason). */
  moreFailed: string;
  more: string;
  retry: string;
}

interface Props<T> {
  query: PagedQuery;
  items: readonly T[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** How many placeholders, and how tall, stand in for the first page. */
  placeholders: { count: number; height: number };
  texts: PagedListTexts;
  empty: ReactNode;
  children: (item: T) => ReactNode;
}

/** An empty list's card: what is missing and how to add some. */
export function EmptyCard({ title, hint }: { title: string; hint: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 3, textAlign: "center" }}>
      <Typography component="p" variant="subtitle1" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary">{hint}</Typography>
    </Paper>
  );
}

function RetryAlert({ message, retry, onRetry, first }: { message: string; retry: string; onRetry: () => unknown; first?: boolean }) {
  return (
    <Alert
      severity="error"
      sx={first ? undefined : { mt: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => void onRetry()}>
          {retry}
        </Button>
      }
    >
      {message}
    </Alert>
  );
}

export function PagedList<T>({ query, items, labelledBy, placeholders, texts, empty, children }: Props<T>) {
  return (
    <>
      {query.isPending ? (
        <Stack spacing={1} role="status" aria-label={texts.loading}>
          {Array.from({ length: placeholders.count }, (_, i) => (
            <Skeleton key={i} variant="rounded" height={placeholders.height} />
          ))}
        </Stack>
      ) : query.isError && items.length === 0 ? (
        <RetryAlert first message={texts.failed} retry={texts.retry} onRetry={query.refetch} />
      ) : items.length === 0 ? (
        empty
      ) : (
        <Stack component="ul" spacing={1} sx={{ listStyle: "none", p: 0, m: 0 }} aria-labelledby={labelledBy}>
          {items.map(children)}
        </Stack>
      )}
      {query.isFetchNextPageError && <RetryAlert message={texts.moreFailed} retry={texts.retry} onRetry={query.fetchNextPage} />}
      {query.hasNextPage && !query.isFetchNextPageError && (
        <Box sx={{ mt: 2, textAlign: "center" }}>
          <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {texts.more}
          </Button>
        </Box>
      )}
    </>
  );
}
