import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Alert, Avatar, Box, Button, Skeleton, Stack, Typography } from "@mui/material";
import { API_BASE } from "../../api/client";
import { describeError } from "../../api/errors";
import { shareQueries } from "../../api/queries/shares";
import { usePageTitle } from "../../shared/usePageTitle";
import { formatDate } from "../../lib/format";
import { ShareRow } from "../shares";

/** `/profile/:id`: a user's public (password-less) share links (docs/server-behaviour.md, "Share links"). */
export function ProfilePage() {
  const { t, i18n } = useTranslation("shares");
  const id = useParams().id ?? "";
  const user = useQuery(shareQueries.userInfo(id));
  const shares = useInfiniteQuery(shareQueries.ofUser(id));
  usePageTitle(user.data?.nickname ?? t("profile.title"));
  if (user.error) {
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error">{describeError(user.error, t)}</Alert>
      </Box>
    );
  }
  const list = shares.data?.pages.flatMap((p) => p.shares ?? []) ?? [];
  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 960 }}>
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", mb: 3 }}>
        {user.data ? (
          <>
            <Avatar
              src={user.data.avatar ? `${API_BASE}/user/avatar/${encodeURIComponent(id)}` : undefined}
              alt=""
              sx={{ width: 64, height: 64, fontSize: 28 }}
            >
              {user.data.nickname.slice(0, 1).toUpperCase()}
            </Avatar>
            <Box>
              <Typography variant="h5" component="h1" sx={{ overflowWrap: "anywhere" }}>
                {user.data.nickname}
              </Typography>
              <Typography color="text.secondary">
                {t("profile.since", { date: formatDate(user.data.created_at, i18n.language, { dateOnly: true }) })}
              </Typography>
            </Box>
          </>
        ) : (
          <Skeleton variant="rounded" width={240} height={64} />
        )}
      </Box>
      <Typography variant="h6" component="h2" gutterBottom>
        {t("profile.shares")}
      </Typography>
      {user.data?.share_links_in_profile === "hide_share" ? (
        <Typography color="text.secondary">{t("profile.hidden")}</Typography>
      ) : shares.isPending ? (
        <Skeleton variant="rounded" height={64} />
      ) : shares.error ? (
        <Alert severity="error">{describeError(shares.error, t)}</Alert>
      ) : list.length === 0 ? (
        <Typography color="text.secondary">{t("profile.empty")}</Typography>
      ) : (
        // The row's code loads with the first list that has rows.
        <Suspense fallback={<Skeleton variant="rounded" height={64} />}>
          <Stack component="ul" spacing={1} sx={{ listStyle: "none", p: 0, m: 0 }} aria-label={t("profile.shares")}>
            {list.map((s) => (
              <ShareRow key={s.id} share={s} heading="h3" />
            ))}
          </Stack>
        </Suspense>
      )}
      {shares.hasNextPage && (
        <Box sx={{ mt: 2, textAlign: "center" }}>
          <Button onClick={() => void shares.fetchNextPage()} disabled={shares.isFetchingNextPage}>
            {t("page.more")}
          </Button>
        </Box>
      )}
    </Box>
  );
}
