import { useEffect } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Box, Typography } from "@mui/material";
import { userQueries } from "../../api/queries/user";
import { formatBytes } from "../../lib/format";
import { LazyLinearProgress as LinearProgress } from "../../shared/ui/lazyParts";

export function StorageQuota() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(userQueries.capacity());
  // The bar's code loads while the quota is being fetched, so both show together.
  useEffect(() => void LinearProgress.load(), []);
  if (!data) return null;
  // Rounded: screen readers announce the value, and tiny ratios would print as 1.6e-8.
  const percent = data.total > 0 ? Math.min(100, Math.round((data.used / data.total) * 1000) / 10) : 0;
  const label = t("nav.quota", { used: formatBytes(data.used, i18n.language), total: formatBytes(data.total, i18n.language) });
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="caption" color="text.secondary" id="quota-label">
        {label}
      </Typography>
      <LinearProgress variant="determinate" value={percent} aria-labelledby="quota-label" sx={{ mt: 0.5, borderRadius: 2 }} />
    </Box>
  );
}
