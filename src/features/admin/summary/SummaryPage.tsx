import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, Link, Paper, Skeleton, Typography } from "@mui/material";
import RefreshIcon from "@mui/icons-material/QueryStatsOutlined";
import { adminKeys, adminQueries, ALL } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { describeError } from "../../../api/errors";
import { PageHeader } from "../ui/PageHeader";
import { bytes, date } from "../ui/format";
import { useToast } from "../../../shared/toast";

// The chart is drawn only once there are figures to draw.
const TrendChart = lazy(() => import("./TrendChart"));

const ONE = { page: 1, pageSize: 1 } as const;

/** `/admin/home`: totals, the server's 12-day trends, its version and the site's addresses. */
export function SummaryPage() {
  const { t, i18n } = useTranslation("admin");
  const summary = useQuery(adminQueries.summary());
  // Totals come from the lists themselves, so they show before any statistics are generated.
  const [users, files, shares] = useQueries({ queries: [adminQueries.users(ONE), adminQueries.files(ONE), adminQueries.shares(ONE)] });
  const policies = useQuery(adminQueries.policies(ALL));
  const usage = useQueries({ queries: (policies.data?.policies ?? []).map((p) => adminQueries.policyUsage(p.id!)) });
  const storage = usage.length && usage.every((u) => u.data) ? usage.reduce((n, u) => n + u.data!.size, 0) : undefined;
  const metrics = summary.data?.metrics_summary ?? undefined;
  const lng = i18n.language;

  const totals = [
    { label: t("summary.users"), value: users.data?.pagination.total_items ?? (users.data ? 0 : undefined) },
    { label: t("summary.files"), value: files.data?.pagination.total_items ?? (files.data ? 0 : undefined) },
    { label: t("summary.shares"), value: shares.data?.pagination.total_items ?? (shares.data ? 0 : undefined) },
  ];
  return (
    <Box>
      <PageHeader title={t("summary.title")} />
      <Box
        component="ul"
        aria-label={t("summary.totals")}
        sx={{ listStyle: "none", p: 0, m: 0, mb: 2, display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr 1fr", md: "repeat(4, 1fr)" } }}
      >
        {totals.map((x) => (
          <Total key={x.label} label={x.label} value={x.value === undefined ? undefined : x.value.toLocaleString(lng)} />
        ))}
        <Total label={t("summary.storage")} value={storage === undefined ? undefined : bytes(storage, lng)} />
      </Box>
      <Paper variant="outlined" component="section" aria-labelledby="trend-heading" sx={{ p: { xs: 2, sm: 3 }, mb: 2 }}>
        <Typography id="trend-heading" variant="h6" component="h2" gutterBottom>
          {t("summary.trends")}
        </Typography>
        {summary.isError ? (
          <Alert severity="error">{describeError(summary.error, t)}</Alert>
        ) : summary.isPending ? (
          <Skeleton variant="rounded" height={240} />
        ) : metrics ? (
          <>
            <Suspense fallback={<Skeleton variant="rounded" height={240} />}>
              <TrendChart metrics={metrics} />
            </Suspense>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t("summary.generatedAt", { when: date(metrics.generated_at, lng) })}
            </Typography>
          </>
        ) : (
          <Generate />
        )}
      </Paper>
      <Paper variant="outlined" component="section" aria-labelledby="server-heading" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography id="server-heading" variant="h6" component="h2" gutterBottom>
          {t("summary.server")}
        </Typography>
        {summary.data && (
          <Box component="dl" sx={{ m: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: 2, rowGap: 1 }}>
            <Typography component="dt" color="text.secondary">
              {t("summary.version")}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {t(summary.data.version.pro ? "summary.versionPro" : "summary.versionCommunity", {
                version: summary.data.version.version,
                commit: summary.data.version.commit,
              })}
            </Typography>
            <Typography component="dt" color="text.secondary">
              {t("summary.site")}
            </Typography>
            <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
              {summary.data.site_urls.length === 0 && t("summary.noSite")}
              {summary.data.site_urls.map((u) => (
                <Link key={u} href={u} target="_blank" rel="noopener" sx={{ display: "block", overflowWrap: "anywhere" }}>
                  {u}
                </Link>
              ))}
            </Box>
          </Box>
        )}
      </Paper>
    </Box>
  );
}

function Total({ label, value }: { label: string; value: string | undefined }) {
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p" sx={{ fontWeight: 600 }}>
        {value ?? <Skeleton width={60} />}
      </Typography>
    </Paper>
  );
}

/** Statistics are counted on request only: on a big site the count is slow, and then kept a day. */
function Generate() {
  const { t } = useTranslation("admin");
  const queryClient = useQueryClient();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const generate = async () => {
    setBusy(true);
    try {
      const data = await adminApi.generateSummary();
      queryClient.setQueryData(adminKeys.summary(), data);
    } catch (e) {
      toast({ message: describeError(e, t), severity: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
        {t("summary.notGenerated")}
      </Typography>
      <Button variant="contained" startIcon={<RefreshIcon aria-hidden />} loading={busy} onClick={() => void generate()}>
        {t("summary.generate")}
      </Button>
    </Box>
  );
}
