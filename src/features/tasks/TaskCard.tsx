import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { Box, Button, Paper, Typography } from "@mui/material";
import ArchiveIcon from "@mui/icons-material/FolderZipOutlined";
import ExtractIcon from "@mui/icons-material/UnarchiveOutlined";
import ImportIcon from "@mui/icons-material/DriveFolderUploadOutlined";
import RelocateIcon from "@mui/icons-material/MoveUpOutlined";
import DownloadIcon from "@mui/icons-material/CloudDownloadOutlined";
import TaskIcon from "@mui/icons-material/TaskAltOutlined";
import FolderIcon from "@mui/icons-material/FolderOpenOutlined";
import AgainIcon from "@mui/icons-material/ReplayOutlined";
import type { Task } from "../../api/queries/workflow";
import { formatDate } from "../../lib/format";
import { folderHref, folderLabel, formatDuration, isActive, phaseKey, resultFolder, taskSubject, typeKey } from "./model";
import { StatusChip, TaskError, TaskProgressView } from "./parts";

const TYPE_ICON: Record<string, ReactElement> = {
  create_archive: <ArchiveIcon />,
  extract_archive: <ExtractIcon />,
  import: <ImportIcon />,
  relocate: <RelocateIcon />,
  remote_download: <DownloadIcon />,
  unknown: <TaskIcon />,
};

interface Props {
  task: Task;
  /** Offers "Run again…" (archive and extract tasks, when the group may run them). */
  onRunAgain?: ((task: Task) => void) | undefined;
}

/** One background task: what it is about, its status and step, live counters, timing, errors. */
export function TaskCard({ task, onRunAgain }: Props) {
  const { t, i18n } = useTranslation("tasks");
  const type = typeKey(task.type);
  const subject = taskSubject(task);
  const active = isActive(task.status);
  const phase = active ? phaseKey(task.type, task.summary?.phase) : undefined;
  const folder = task.status === "completed" ? resultFolder(task) : undefined;
  const dst = task.summary?.props?.dst;
  const failed = task.summary?.props?.failed ?? 0;
  const meta = [
    t("card.created", { date: formatDate(task.created_at, i18n.language) }),
    task.node?.name ? t("card.node", { name: task.node.name }) : "",
    task.duration ? t("card.duration", { duration: formatDuration(task.duration, i18n.language) }) : "",
    task.retry_count ? t("card.retries", { count: task.retry_count }) : "",
    task.status === "suspending" && task.resume_time && task.retry_count
      ? t("card.nextAttempt", { time: formatDate(new Date(task.resume_time * 1000).toISOString(), i18n.language) })
      : "",
  ].filter(Boolean);
  const canRunAgain = Boolean(onRunAgain) && !active && (task.type === "create_archive" || task.type === "extract_archive");

  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5, display: "flex", gap: 1.5, alignItems: "flex-start", minWidth: 0 }}>
      <Box aria-hidden sx={{ color: "action.active", display: { xs: "none", sm: "flex" }, pt: 0.25 }}>
        {TYPE_ICON[type]}
      </Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start", justifyContent: "space-between", flexWrap: "wrap" }}>
          <Box sx={{ minWidth: 0, flex: "1 1 160px" }}>
            <Typography variant="body2" color="text.secondary">
              {t(`types.${type}`)}
            </Typography>
            <Typography component="h3" variant="subtitle1" sx={{ overflowWrap: "anywhere", lineHeight: 1.3 }}>
              <bdi>{subject || t(`types.${type}`)}</bdi>
            </Typography>
          </Box>
          <StatusChip status={task.status} />
        </Box>
        {dst && task.type !== "import" && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere", mt: 0.5 }}>
            {task.type === "create_archive" ? t("card.archiveIn") : t("card.into")}{" "}
            <bdi>{folderLabel(task.type === "create_archive" ? (resultFolder(task) ?? dst) : dst, t("folders.my"))}</bdi>
          </Typography>
        )}
        {phase && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t("card.step", { step: t(phase) })}
          </Typography>
        )}
        {active && <TaskProgressView task={task} />}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {meta.join(" · ")}
        </Typography>
        {failed > 0 && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t("card.failedItems", { count: failed })}
          </Typography>
        )}
        <TaskError task={task} />
        {(folder || canRunAgain) && (
          <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mt: 1 }}>
            {folder && (
              <Button
                size="small"
                component={RouterLink}
                to={folderHref(folder)}
                startIcon={<FolderIcon aria-hidden />}
                aria-label={t("card.openFolderFor", { name: subject })}
              >
                {t("card.openFolder")}
              </Button>
            )}
            {canRunAgain && (
              <Button
                size="small"
                startIcon={<AgainIcon aria-hidden />}
                onClick={() => onRunAgain!(task)}
                aria-label={t("card.runAgainFor", { name: subject })}
              >
                {t("card.runAgain")}
              </Button>
            )}
          </Box>
        )}
      </Box>
    </Paper>
  );
}
