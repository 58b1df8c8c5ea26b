import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { Box, Button, LinearProgress, Paper, Typography } from "@mui/material";
import DownloadIcon from "@mui/icons-material/CloudDownloadOutlined";
import FolderIcon from "@mui/icons-material/FolderOpenOutlined";
import StopIcon from "@mui/icons-material/CancelOutlined";
import type { Task } from "../../api/queries/workflow";
import { formatBytes, formatDate } from "../../lib/format";
import { downloadFraction, downloadState } from "./download";
import { DownloadFiles } from "./DownloadFiles";
import { folderHref, folderLabel, formatDuration, isActive, percent, phaseKey, resultFolder, taskSubject, uriName } from "./model";
import { StatusChip, TaskError, TaskProgressView } from "./parts";

interface Props {
  task: Task;
  onCancel: (task: Task) => void;
}

/** One remote download: its name and source, the downloader's state, speed and files, errors. */
export function DownloadCard({ task, onCancel }: Props) {
  const { t, i18n } = useTranslation("tasks");
  const props = task.summary?.props;
  const status = props?.download ?? undefined;
  const name = taskSubject(task) || t("types.remote_download");
  const source = props?.src_str || uriName(props?.src);
  const active = isActive(task.status);
  const fraction = active ? downloadFraction(status) : undefined;
  const phase = active && !status ? phaseKey(task.type, task.summary?.phase) : undefined;
  const folder = task.status === "completed" ? resultFolder(task) : undefined;
  const bytes = (n: number) => formatBytes(n, i18n.language);
  const transfer = status
    ? [
        status.total > 0
          ? t("progress.ofTotal", { current: bytes(status.downloaded), total: bytes(status.total), percent: percent(fraction ?? 0) })
          : t("progress.soFarBytes", { current: bytes(status.downloaded) }),
        active && status.download_speed > 0 ? t("download.speed", { speed: bytes(status.download_speed) }) : "",
        status.uploaded > 0 ? t("download.uploaded", { amount: bytes(status.uploaded) }) : "",
        active && status.upload_speed > 0 ? t("download.uploadSpeed", { speed: bytes(status.upload_speed) }) : "",
      ].filter(Boolean)
    : [];
  const meta = [
    t("card.created", { date: formatDate(task.created_at, i18n.language) }),
    task.node?.name ? t("card.node", { name: task.node.name }) : "",
    task.duration ? t("card.duration", { duration: formatDuration(task.duration, i18n.language) }) : "",
    task.retry_count ? t("card.retries", { count: task.retry_count }) : "",
  ].filter(Boolean);
  const failedItems = props?.failed ?? 0;

  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5, display: "flex", gap: 1.5, alignItems: "flex-start", minWidth: 0 }}>
      <Box aria-hidden sx={{ color: "action.active", display: { xs: "none", sm: "flex" }, pt: 0.25 }}>
        <DownloadIcon />
      </Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start", justifyContent: "space-between", flexWrap: "wrap" }}>
          <Typography component="h3" variant="subtitle1" sx={{ overflowWrap: "anywhere", lineHeight: 1.3, minWidth: 0, flex: "1 1 160px" }}>
            <bdi>{name}</bdi>
          </Typography>
          <StatusChip status={task.status} label={t(downloadState(task))} />
        </Box>
        {source && source !== name && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere", mt: 0.5 }}>
            {t("download.from")} <bdi>{source}</bdi>
          </Typography>
        )}
        {props?.dst && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
            {t("card.into")} <bdi>{folderLabel(props.dst, t("folders.my"))}</bdi>
          </Typography>
        )}
        {phase && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t("card.step", { step: t(phase) })}
          </Typography>
        )}
        {active && status && (
          <Box sx={{ mt: 1 }}>
            <LinearProgress
              variant={fraction !== undefined ? "determinate" : "indeterminate"}
              value={fraction !== undefined ? percent(fraction) : undefined}
              aria-label={t("download.progressLabel", { name })}
              aria-valuetext={transfer[0]}
              sx={{ borderRadius: 1 }}
            />
          </Box>
        )}
        {transfer.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {transfer.join(" · ")}
          </Typography>
        )}
        {active && <TaskProgressView task={task} />}
        {status?.files && status.files.length > 0 && <DownloadFiles task={task} files={status.files} />}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {meta.join(" · ")}
        </Typography>
        {failedItems > 0 && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t("download.failedFiles", { count: failedItems })}
          </Typography>
        )}
        {status?.error_message && (
          <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: "anywhere" }}>
            {t("download.downloaderSays", { message: status.error_message })}
          </Typography>
        )}
        <TaskError task={task} hint={task.status === "error" ? t("download.failedHint") : undefined} />
        {(active || folder) && (
          <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mt: 1 }}>
            {folder && (
              <Button
                size="small"
                component={RouterLink}
                to={folderHref(folder)}
                startIcon={<FolderIcon aria-hidden />}
                aria-label={t("card.openFolderFor", { name })}
              >
                {t("card.openFolder")}
              </Button>
            )}
            {active && (
              <Button
                size="small"
                color="error"
                startIcon={<StopIcon aria-hidden />}
                onClick={() => onCancel(task)}
                aria-label={t("download.cancelFor", { name })}
              >
                {t("download.cancel")}
              </Button>
            )}
          </Box>
        )}
      </Box>
    </Paper>
  );
}
