// The upload queue: a panel docked bottom-right (full width on phones) with the overall progress in
// its header and a virtualised list of uploads, so 10,000 queued files cost no more than 20.
import { Fragment, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, LinearProgress, Paper, Tooltip, Typography, type SxProps, type Theme } from "@mui/material";
import ExpandIcon from "@mui/icons-material/ExpandLess";
import CollapseIcon from "@mui/icons-material/ExpandMore";
import CloseIcon from "@mui/icons-material/Close";
import { useVirtualizer } from "@tanstack/react-virtual";
import { formatBytes } from "../../../lib/format";
import { formatDuration } from "../engine/speed";
import { setPanelOpen } from "../summary";
import { PanelMenu } from "./PanelMenu";
import { ROW_HEIGHT, TaskRow } from "./TaskRow";
import { useUploads } from "./useUploads";
import { DownloadList } from "./DownloadList";
import { useDownloads } from "./useDownloads";
import { visuallyHidden } from "../../../shared/visuallyHidden";
import { BOTTOM_DOCK } from "../../../shared/bottomDock";

/** Docked bottom-right (full width on phones). */
const PANEL_SX: SxProps<Theme> = {
  position: "fixed",
  // Above the app bar and drawer, below menus and dialogs (including its own).
  zIndex: (th) => th.zIndex.modal - 1,
  right: { xs: 0, sm: 16 },
  // Above the docked music player when it is shown.
  bottom: { xs: BOTTOM_DOCK, sm: `max(16px, ${BOTTOM_DOCK})` },
  left: { xs: 0, sm: "auto" },
  width: { xs: "100%", sm: 420 },
  maxWidth: "100vw",
  borderRadius: { xs: "12px 12px 0 0", sm: 2 },
  overflow: "hidden",
  display: "flex",
  flexDirection: "column",
  pb: { xs: "env(safe-area-inset-bottom)", sm: 0 },
};

export function QueuePanel() {
  const { t, i18n } = useTranslation("transfers");
  const snap = useUploads();
  const downloads = useDownloads();
  const [expanded, setExpanded] = useState(true);
  const titleId = useId();
  const listId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const { tasks, totals } = snap;
  // The virtualizer's functions change identity on every scroll; the compiler must not memoise around them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  const busy = totals.active + totals.waiting;
  const paused = tasks.filter((x) => x.state === "paused").length;
  const resumable = tasks.filter((x) => x.state === "resumable").length;
  const title =
    busy > 0
      ? t("panel.uploading", { count: busy })
      : totals.failed > 0
        ? t("panel.failed", { count: totals.failed })
        : paused > 0
          ? t("panel.paused", { count: paused })
          : resumable > 0
            ? t("panel.resumable", { count: resumable })
            : tasks.length > 0
              ? t("panel.complete", { count: totals.done })
              : t("panel.title");
  const percent = totals.bytes > 0 ? Math.floor((totals.sent / totals.bytes) * 100) : totals.count > 0 && totals.done === totals.count ? 100 : 0;
  const details = [t("panel.bytes", { sent: formatBytes(totals.sent, i18n.language), size: formatBytes(totals.bytes, i18n.language), percent })];
  if (busy > 0 && snap.speed > 0) details.push(t("speed", { speed: formatBytes(snap.speed, i18n.language) }));
  if (busy > 0 && snap.eta !== null && snap.eta > 0) details.push(t("eta", { time: formatDuration(snap.eta) }));

  return (
    <Paper component="section" aria-labelledby={titleId} elevation={8} sx={PANEL_SX}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 0.5, pl: 2, pr: 0.5, py: 1, bgcolor: "action.hover" }}>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography id={titleId} variant="subtitle1" component="h2" noWrap sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {tasks.length > 0 && (
            // Wraps between its parts, never inside one: the time left is never cut off.
            <Typography variant="caption" component="p" color="text.secondary">
              {details.map((d, i) => (
                <Fragment key={i}>
                  {i > 0 && " · "}
                  <Box component="span" sx={{ whiteSpace: "nowrap" }}>
                    {d}
                  </Box>
                </Fragment>
              ))}
            </Typography>
          )}
        </Box>
        <PanelMenu snap={snap} />
        <Tooltip title={expanded ? t("panel.collapse") : t("panel.expand")}>
          <IconButton
            aria-label={expanded ? t("panel.collapse") : t("panel.expand")}
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((v) => !v)}
          >
            {expanded ? <CollapseIcon /> : <ExpandIcon />}
          </IconButton>
        </Tooltip>
        <Tooltip title={t("panel.close")}>
          <IconButton aria-label={t("panel.close")} onClick={() => setPanelOpen(false)}>
            <CloseIcon />
          </IconButton>
        </Tooltip>
      </Box>
      {tasks.length > 0 && <LinearProgress variant="determinate" value={percent} aria-label={t("panel.overall")} sx={{ height: 3 }} />}
      <Announcer done={totals.done} failed={totals.failed} busy={busy} />
      <Box id={listId} hidden={!expanded}>
        {downloads.length > 0 && <DownloadList items={downloads} />}
        <Box ref={scroller} sx={{ maxHeight: { xs: "45vh", sm: "50vh" }, overflowY: "auto" }}>
          <Box role="list" aria-label={t("panel.listLabel")} sx={{ height: virtual.getTotalSize(), position: "relative" }}>
            {virtual.getVirtualItems().map((item) => {
              const task = tasks[item.index]!;
              return (
                <Box key={task.id} sx={{ position: "absolute", top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}>
                  <TaskRow task={task} index={item.index} count={tasks.length} />
                </Box>
              );
            })}
          </Box>
          {tasks.length === 0 && downloads.length === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
              {t("panel.empty")}
            </Typography>
          )}
        </Box>
      </Box>
    </Paper>
  );
}

/**
 * Tells screen-reader users when uploads finish or fail — not every percent, which would drown
 * everything else they are doing.
 */
function Announcer({ done, failed, busy }: { done: number; failed: number; busy: number }) {
  const { t } = useTranslation("transfers");
  const [message, setMessage] = useState("");
  const last = useRef({ done, failed, busy });
  useEffect(() => {
    const prev = last.current;
    last.current = { done, failed, busy };
    if (failed > prev.failed) setMessage(t("announce.failed", { count: failed }));
    else if (busy === 0 && prev.busy > 0) setMessage(t("announce.finished", { count: done }));
  }, [done, failed, busy, t]);
  return (
    <Box role="status" sx={visuallyHidden}>
      {message}
    </Box>
  );
}
