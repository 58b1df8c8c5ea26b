import { useTranslation } from "react-i18next";
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from "@mui/material";
import type { AdminMetrics } from "../../../api/queries/admin";
import { formatDate } from "../../../lib/format";

const W = 640;
const H = 220;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

/** A small hand-drawn line chart of new users, files and shares per day, with the figures as a table. */
export default function TrendChart({ metrics }: { metrics: AdminMetrics }) {
  const { t, i18n } = useTranslation("admin");
  const theme = useTheme();
  const series = [
    { key: "users", label: t("summary.newUsers"), values: metrics.users, color: theme.palette.primary.main, dash: "" },
    { key: "files", label: t("summary.newFiles"), values: metrics.files, color: theme.palette.secondary.main, dash: "6 3" },
    { key: "shares", label: t("summary.newShares"), values: metrics.shares, color: theme.palette.success.main, dash: "2 3" },
  ];
  // Buckets start at the server's local midnight: its calendar date is the first ten characters.
  const dayOf = (d: string) => `${d.slice(0, 10)}T00:00:00Z`;
  const days = metrics.dates.map((d) => formatDate(dayOf(d), i18n.language, { dateOnly: true, timeZone: "UTC" }));
  const short = metrics.dates.map((d) => new Date(dayOf(d)).toLocaleDateString(i18n.language, { month: "numeric", day: "numeric", timeZone: "UTC" }));
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const n = Math.max(1, metrics.dates.length - 1);
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * i) / n;
  const y = (v: number) => H - PAD.bottom - ((H - PAD.top - PAD.bottom) * v) / max;
  const ticks = [0, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  const summary = series.map((s) => t("summary.seriesTotal", { label: s.label, count: s.values.reduce((a, b) => a + b, 0) })).join("; ");

  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Box component="ul" sx={{ display: "flex", flexWrap: "wrap", gap: 2, listStyle: "none", p: 0, m: 0, mb: 1 }} aria-hidden>
        {series.map((s) => (
          <Box component="li" key={s.key} sx={{ display: "flex", alignItems: "center", gap: 1 }}>
            <svg width="24" height="8">
              <line x1="0" y1="4" x2="24" y2="4" stroke={s.color} strokeWidth="3" strokeDasharray={s.dash} />
            </svg>
            <Typography variant="body2">{s.label}</Typography>
          </Box>
        ))}
      </Box>
      <Box
        component="svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t("summary.chartLabel", { summary })}
        sx={{ width: "100%", height: "auto", display: "block" }}
      >
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke={theme.palette.divider} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill={theme.palette.text.secondary}>
              {v}
            </text>
          </g>
        ))}
        {short.map((d, i) =>
          i % 2 === 0 || i === short.length - 1 ? (
            <text key={i} x={x(i)} y={H - 8} textAnchor="middle" fontSize="11" fill={theme.palette.text.secondary}>
              {d}
            </text>
          ) : null,
        )}
        {series.map((s) => (
          <g key={s.key}>
            <polyline fill="none" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash} points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ")} />
            {s.values.map((v, i) => (
              <circle key={i} cx={x(i)} cy={y(v)} r="3" fill={s.color} />
            ))}
          </g>
        ))}
      </Box>
      <Box component="details" sx={{ mt: 1 }}>
        <Box component="summary" sx={{ cursor: "pointer", color: "primary.main" }}>
          {t("summary.asTable")}
        </Box>
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small" aria-label={t("summary.trends")}>
            <TableHead>
              <TableRow>
                <TableCell>{t("summary.day")}</TableCell>
                {series.map((s) => (
                  <TableCell key={s.key} align="right">
                    {s.label}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {days.map((d, i) => (
                <TableRow key={d}>
                  <TableCell>{d}</TableCell>
                  {series.map((s) => (
                    <TableCell key={s.key} align="right">
                      {s.values[i]}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </Box>
    </Box>
  );
}
