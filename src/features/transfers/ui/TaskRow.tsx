// One upload in the queue: name, where it goes, what is happening, and the actions that make sense
// in its state. Every action is a labelled button, so the row works with a keyboard and a reader.
import { memo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, LinearProgress, Tooltip, Typography } from "@mui/material";
import PauseIcon from "@mui/icons-material/Pause";
import PlayIcon from "@mui/icons-material/PlayArrow";
import CloseIcon from "@mui/icons-material/Close";
import RetryIcon from "@mui/icons-material/Replay";
import FileOpenIcon from "@mui/icons-material/FileOpenOutlined";
import DoneIcon from "@mui/icons-material/CheckCircle";
import ErrorIcon from "@mui/icons-material/ErrorOutlined";
import FileIcon from "@mui/icons-material/InsertDriveFileOutlined";
import { uploads } from "../engine/manager";
import type { TaskView } from "../engine/task";
import { statusText } from "./describe";

export const ROW_HEIGHT = 68;

function Action({ label, onClick, children }: { label: string; onClick: () => void; children: React.ReactNode }) {
  return (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={label} onClick={onClick}>
        {children}
      </IconButton>
    </Tooltip>
  );
}

function StateIcon({ task }: { task: TaskView }) {
  if (task.state === "done") return <DoneIcon color="success" fontSize="small" />;
  if (task.state === "failed" || task.state === "rejected") return <ErrorIcon color="error" fontSize="small" />;
  return <FileIcon color="action" fontSize="small" />;
}

export const TaskRow = memo(function TaskRow({ task, index, count }: { task: TaskView; index: number; count: number }) {
  const { t, i18n } = useTranslation("transfers");
  const picker = useRef<HTMLInputElement>(null);
  const status = statusText(task, t, i18n.language);
  const percent = task.size > 0 ? Math.round((task.sent / task.size) * 1000) / 10 : task.state === "done" ? 100 : 0;
  const name = task.name;
  const showBar =
    task.state === "uploading" || task.state === "paused" || task.state === "finishing" || task.state === "preparing" || task.state === "resumable";
  const error = task.state === "failed" || task.state === "rejected";
  return (
    <Box
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={count}
      data-state={task.state}
      sx={{ height: ROW_HEIGHT, display: "flex", alignItems: "center", gap: 1, px: 2, borderBottom: 1, borderColor: "divider" }}
    >
      <StateIcon task={task} />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography variant="body2" noWrap title={`${task.location === "/" ? "" : task.location}/${name}`}>
          {name}
        </Typography>
        <Typography variant="caption" component="p" noWrap color={error ? "error" : "text.secondary"} title={status}>
          {status}
        </Typography>
        {showBar && (
          <LinearProgress
            variant={task.state === "preparing" || task.state === "finishing" ? "indeterminate" : "determinate"}
            value={percent}
            aria-label={t("row.progressOf", { name })}
            color={task.state === "paused" || task.state === "resumable" ? "inherit" : "primary"}
            sx={{ mt: 0.5, height: 3, borderRadius: 2 }}
          />
        )}
      </Box>
      <Box sx={{ display: "flex", flexShrink: 0 }}>
        {(task.state === "queued" || task.state === "preparing" || task.state === "uploading") && (
          <Action label={t("row.pause", { name })} onClick={() => uploads.pause(task.id)}>
            <PauseIcon fontSize="small" />
          </Action>
        )}
        {task.state === "paused" && (
          <Action label={t("row.resume", { name })} onClick={() => uploads.resume(task.id)}>
            <PlayIcon fontSize="small" />
          </Action>
        )}
        {task.state === "failed" && (
          <Action label={t("row.retry", { name })} onClick={() => uploads.retry(task.id)}>
            <RetryIcon fontSize="small" />
          </Action>
        )}
        {task.state === "resumable" && (
          <>
            <input
              ref={picker}
              type="file"
              hidden
              tabIndex={-1}
              aria-hidden
              data-resume-picker={task.id}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = "";
                if (file) void uploads.reselect(task.id, file);
              }}
            />
            <Action label={t("row.reselect", { name })} onClick={() => picker.current?.click()}>
              <FileOpenIcon fontSize="small" />
            </Action>
          </>
        )}
        {task.state !== "done" && task.state !== "canceled" && task.state !== "skipped" && task.state !== "rejected" && task.state !== "finishing" && (
          <Action label={t("row.cancel", { name })} onClick={() => uploads.cancel(task.id)}>
            <CloseIcon fontSize="small" />
          </Action>
        )}
      </Box>
    </Box>
  );
});
