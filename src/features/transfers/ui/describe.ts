// Texts for a row's state and error, shared by the rows, the header and the live announcements.
import type { TFunction } from "i18next";
import { ApiError, describeError } from "../../../api/errors";
import { formatBytes } from "../../../lib/format";
import { formatDuration } from "../engine/speed";
import type { TaskError, TaskView } from "../engine/task";

export function reasonText(error: TaskError | undefined, t: TFunction, lng: string): string {
  if (!error) return "";
  switch (error.kind) {
    case "rejected": {
      const r = error.rejection;
      switch (r.reason) {
        case "tooLarge":
          return t("reason.tooLarge", { limit: formatBytes(r.limit, lng) });
        case "suffixNotAllowed":
          return t("reason.suffixNotAllowed", { list: r.allowed.map((s) => `.${s}`).join(", ") });
        case "suffixDenied":
          return t("reason.suffixDenied", { suffix: `.${r.suffix}` });
        case "nameNotAllowed":
        case "nameDenied":
          return t("reason.nameNotAllowed");
        case "quota":
          return t("reason.quota");
      }
      return "";
    }
    case "api":
      return describeError(new ApiError(error.code, error.message), t as never);
    case "transfer":
      return error.status ? t("reason.transferStatus", { status: error.status }) : t("reason.transfer");
    case "differentFile":
      return t("reason.differentFile");
    case "sizeMismatch":
      return t("reason.sizeMismatch", { stored: formatBytes(error.stored, lng), expected: formatBytes(error.expected, lng) });
    case "notUploadable":
      return t("reason.notUploadable");
    case "invalidName":
      return t("reason.invalidName");
  }
}

export function statusText(task: TaskView, t: TFunction, lng: string): string {
  const sent = formatBytes(task.sent, lng);
  const size = formatBytes(task.size, lng);
  switch (task.state) {
    case "queued":
      return t("state.queued", { size });
    case "preparing":
      return t("state.preparing");
    case "uploading": {
      const parts = [t("progress", { sent, size })];
      if (task.speed > 0) parts.push(t("speed", { speed: formatBytes(task.speed, lng) }));
      if (task.eta !== null && task.eta > 0) parts.push(t("eta", { time: formatDuration(task.eta) }));
      return parts.join(" · ");
    }
    case "finishing":
      return t("state.finishing");
    case "paused":
      return t("state.paused", { sent, size });
    case "conflict":
      return t("state.conflict");
    case "resumable":
      return task.error ? `${t("state.resumable", { sent, size })} — ${reasonText(task.error, t, lng)}` : t("state.resumable", { sent, size });
    case "done":
      return t("state.done", { size });
    case "failed":
      return t("state.failed", { reason: reasonText(task.error, t, lng) });
    case "canceled":
      return t("state.canceled");
    case "skipped":
      return t("state.skipped");
    case "rejected":
      return t("state.rejected", { reason: reasonText(task.error, t, lng) });
  }
}
