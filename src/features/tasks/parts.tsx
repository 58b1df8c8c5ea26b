// Pieces both task pages show: a status chip, live progress, the error and its history.
import { useId, useState, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Alert, Box, Button, Chip, LinearProgress, Typography } from "@mui/material";
import QueuedIcon from "@mui/icons-material/HourglassEmptyOutlined";
import RunningIcon from "@mui/icons-material/AutorenewOutlined";
import WaitingIcon from "@mui/icons-material/ScheduleOutlined";
import ErrorIcon from "@mui/icons-material/ErrorOutlineOutlined";
import CanceledIcon from "@mui/icons-material/BlockOutlined";
import DoneIcon from "@mui/icons-material/CheckCircleOutlineOutlined";
import { workflowQueries, type Task } from "../../api/queries/workflow";
import { formatBytes } from "../../lib/format";
import { percent, progressLines, settledSince, statusKey, taskSubject, typeKey, type ProgressLine } from "./model";
import { visuallyHidden } from "../../shared/visuallyHidden";

/** How often a running task's counters are read. */
export const PROGRESS_POLL_MS = 1000;
/** How often a list with unfinished tasks is read again. */
export const LIST_POLL_MS = 2000;

const STATUS_ICON: Record<string, { icon: ReactElement; color: "action" | "info" | "warning" | "error" | "success" }> = {
  queued: { icon: <QueuedIcon />, color: "action" },
  processing: { icon: <RunningIcon />, color: "info" },
  suspending: { icon: <WaitingIcon />, color: "action" },
  error: { icon: <ErrorIcon />, color: "error" },
  canceled: { icon: <CanceledIcon />, color: "action" },
  completed: { icon: <DoneIcon />, color: "success" },
  unknown: { icon: <QueuedIcon />, color: "action" },
};

/** A task's status in words, with a coloured icon (the words carry the meaning, not the colour). */
export function StatusChip({ status, label }: { status: string; label?: string | undefined }) {
  const { t } = useTranslation("tasks");
  const key = statusKey(status);
  const { icon, color } = STATUS_ICON[key]!;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={
        <Box
          component="span"
          aria-hidden
          sx={{ display: "inline-flex", color: `${color === "action" ? "action.active" : `${color}.main`}`, "& svg": { fontSize: 18 } }}
        >
          {icon}
        </Box>
      }
      label={label ?? t(`status.${key}`)}
      sx={{ flexShrink: 0 }}
    />
  );
}

function ProgressRow({ line }: { line: ProgressLine }) {
  const { t, i18n } = useTranslation("tasks");
  const fmt = (n: number) => (line.kind === "bytes" ? formatBytes(n, i18n.language) : new Intl.NumberFormat(i18n.language).format(n));
  const label = t(line.labelKey, { name: line.name ?? "" });
  const amount =
    line.fraction !== undefined
      ? t("progress.ofTotal", { current: fmt(line.current), total: fmt(line.total), percent: percent(line.fraction) })
      : t(line.kind === "bytes" ? "progress.soFarBytes" : "progress.soFarCount", { current: fmt(line.current), count: line.current });
  return (
    <Box>
      <Box sx={{ display: "flex", justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}>
        <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
          <bdi>{label}</bdi>
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {amount}
        </Typography>
      </Box>
      <LinearProgress
        variant={line.fraction !== undefined ? "determinate" : "indeterminate"}
        value={line.fraction !== undefined ? percent(line.fraction) : undefined}
        aria-label={label}
        aria-valuetext={amount}
        sx={{ mt: 0.5, borderRadius: 1 }}
      />
    </Box>
  );
}

/** The counters of a running task, read every second while it runs (and the tab is visible). */
export function TaskProgressView({ task }: { task: Task }) {
  const running = task.status === "processing" || task.status === "suspending";
  const q = useQuery({ ...workflowQueries.progress(task.id), enabled: running, refetchInterval: running ? PROGRESS_POLL_MS : false });
  const lines = running ? progressLines(q.data) : [];
  if (lines.length === 0) return null;
  return (
    <Box sx={{ display: "grid", gap: 1, mt: 1 }}>
      {lines.map((line) => (
        <ProgressRow key={line.identifier} line={line} />
      ))}
    </Box>
  );
}

/** Why a task failed, verbatim, with the errors of its earlier attempts behind a toggle. */
export function TaskError({ task, hint }: { task: Task; hint?: string | undefined }) {
  const { t } = useTranslation("tasks");
  const [open, setOpen] = useState(false);
  const listId = useId();
  const history = task.error_history ?? [];
  if (!task.error && history.length === 0) return null;
  return (
    <Box sx={{ mt: 1 }}>
      {task.error && (
        // Not an alert: a list of old failures must not interrupt a screen reader on every load.
        <Alert severity="error" role="note" sx={{ "& .MuiAlert-message": { minWidth: 0 } }}>
          <Typography variant="body2" component="p" sx={{ fontWeight: 500 }}>
            {t("card.error")}
          </Typography>
          <Typography variant="body2" component="p" sx={{ overflowWrap: "anywhere", fontFamily: "monospace" }}>
            {task.error}
          </Typography>
          {hint && (
            <Typography variant="body2" component="p" sx={{ mt: 1 }}>
              {hint}
            </Typography>
          )}
        </Alert>
      )}
      {history.length > 0 && (
        <>
          <Button size="small" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={listId} sx={{ mt: 0.5 }}>
            {open ? t("card.hideHistory", { count: history.length }) : t("card.showHistory", { count: history.length })}
          </Button>
          <Box component="ol" id={listId} hidden={!open} aria-label={t("card.historyLabel")} sx={{ m: 0, pl: 3 }}>
            {history.map((e, i) => (
              <Typography key={i} component="li" variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere", fontFamily: "monospace" }}>
                {e}
              </Typography>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}

/**
 * What to tell a screen reader when tasks seen running end while the page is open ("“a.zip”:
 * Completed."), kept until the next change. Derived while rendering from the previous statuses, so no effect runs.
 */
export function useSettledAnnouncement(tasks: readonly Task[]): string {
  const { t } = useTranslation("tasks");
  const signature = tasks.map((x) => `${x.id}:${x.status}`).join(",");
  const [seen, setSeen] = useState(() => ({ signature, statuses: new Map(tasks.map((x) => [x.id, x.status] as const)), message: "" }));
  if (seen.signature !== signature) {
    const ended = settledSince(seen.statuses, tasks);
    const message = ended
      .map((x) => {
        const full = tasks.find((y) => y.id === x.id)!;
        return t("live.ended", { name: taskSubject(full) || t(`types.${typeKey(full.type)}`), status: t(`status.${statusKey(x.status)}`) });
      })
      .join(" ");
    // Statuses are remembered after a task leaves the list: a download ends in another list.
    setSeen({ signature, statuses: new Map([...seen.statuses, ...tasks.map((x) => [x.id, x.status] as const)]), message: message || seen.message });
  }
  return seen.message;
}

/** A polite live region, always present so that a change of its text is announced. */
export function LiveStatus({ message }: { message: string }) {
  return (
    <Box role="status" sx={visuallyHidden}>
      {message}
    </Box>
  );
}
