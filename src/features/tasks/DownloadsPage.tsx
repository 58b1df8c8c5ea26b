import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useInfiniteQuery, useQueryClient, type UseInfiniteQueryResult, type InfiniteData } from "@tanstack/react-query";
import { Box, Button, Paper, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import BlockIcon from "@mui/icons-material/CloudOffOutlined";
import { describeError } from "../../api/errors";
import { cancelDownload, workflowKeys, workflowQueries, type Task, type TaskPage } from "../../api/queries/workflow";
import { PagedList } from "../../shared/PagedList";
import { usePageTitle } from "../../shared/usePageTitle";
import { useToast } from "../../shared/toast";
import { DownloadCard } from "./DownloadCard";
import { taskDialogs } from "./dialogs";
import { canRemoteDownload } from "./gates";
import { taskSubject } from "./model";
import { LIST_POLL_MS, LiveStatus, useSettledAnnouncement } from "./parts";
import { useGroupPermission } from "./useGroupPermission";

/** `/downloads`: remote downloads the server runs for the user (docs/server-behaviour.md, "Background tasks"). */
export function DownloadsPage() {
  const { t } = useTranslation("tasks");
  usePageTitle(t("downloads.title"));
  const permission = useGroupPermission();
  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 960 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t("downloads.title")}
      </Typography>
      {canRemoteDownload(permission) ? <Downloads /> : <NoRemoteDownload />}
    </Box>
  );
}

function NoRemoteDownload() {
  const { t } = useTranslation("tasks");
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 }, display: "flex", gap: 2, alignItems: "flex-start", maxWidth: 640 }}>
      <BlockIcon color="action" aria-hidden sx={{ fontSize: 40, display: { xs: "none", sm: "block" } }} />
      <Box>
        <Typography variant="h6" component="h2" gutterBottom>
          {t("downloads.unavailable.title")}
        </Typography>
        <Typography color="text.secondary">{t("downloads.unavailable.body")}</Typography>
      </Box>
    </Paper>
  );
}

function Downloads() {
  const { t } = useTranslation("tasks");
  const toast = useToast();
  const queryClient = useQueryClient();
  // Everything in "downloading" is unfinished: poll while there is any. The finished list only
  // changes when one leaves it, or when a download is created.
  const downloading = useInfiniteQuery({
    ...workflowQueries.list("downloading"),
    refetchInterval: (q) => (q.state.data?.pages.some((p) => p.tasks.length > 0) ? LIST_POLL_MS : false),
  });
  const finished = useInfiniteQuery(workflowQueries.list("downloaded"));
  const running = downloading.data?.pages.flatMap((p) => p.tasks) ?? [];
  const announcement = useSettledAnnouncement([...running, ...(finished.data?.pages.flatMap((p) => p.tasks) ?? [])]);
  const ids = running.map((x) => x.id).join(",");
  const seen = useRef(ids);
  useEffect(() => {
    const before = seen.current.split(",").filter(Boolean);
    seen.current = ids;
    const now = new Set(ids.split(","));
    if (before.some((id) => !now.has(id))) void queryClient.invalidateQueries({ queryKey: workflowKeys.list("downloaded") });
  }, [ids, queryClient]);

  const cancel = async (task: Task) => {
    const name = taskSubject(task) || t("types.remote_download");
    if (!(await taskDialogs.confirmCancel({ name }))) return;
    try {
      await cancelDownload(task.id);
      toast({ message: t("cancel.done", { name }), severity: "success" });
    } catch (e) {
      toast({ message: describeError(e, t), severity: "error" });
    }
    await queryClient.invalidateQueries({ queryKey: workflowKeys.lists() });
  };

  return (
    <>
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", mb: 2 }}>
        <Typography color="text.secondary" sx={{ maxWidth: 640 }}>
          {t("downloads.intro")}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => void taskDialogs.remoteDownload({})}>
          {t("downloads.create")}
        </Button>
      </Box>
      <DownloadSection
        id="downloads-running"
        title={t("downloads.running")}
        empty={t("downloads.runningEmpty")}
        query={downloading}
        onCancel={(x) => void cancel(x)}
      />
      <DownloadSection
        id="downloads-finished"
        title={t("downloads.finished")}
        empty={t("downloads.finishedEmpty")}
        query={finished}
        onCancel={(x) => void cancel(x)}
      />
      <LiveStatus message={announcement} />
    </>
  );
}

interface SectionProps {
  id: string;
  title: string;
  empty: string;
  query: UseInfiniteQueryResult<InfiniteData<TaskPage, unknown>>;
  onCancel: (task: Task) => void;
}

function DownloadSection({ id, title, empty, query, onCancel }: SectionProps) {
  const { t } = useTranslation("tasks");
  const tasks = query.data?.pages.flatMap((p) => p.tasks) ?? [];
  const headingId = `${id}-heading`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <PagedList
        query={query}
        items={tasks}
        labelledBy={headingId}
        placeholders={{ count: 2, height: 88 }}
        texts={{
          loading: t("downloads.loading", { list: title }),
          failed: t("downloads.failed", { list: title, reason: describeError(query.error, t) }),
          moreFailed: t("downloads.moreFailed", { reason: describeError(query.error, t) }),
          more: t("downloads.more"),
          retry: t("common.retry"),
        }}
        empty={<Typography color="text.secondary">{empty}</Typography>}
      >
        {(task) => <DownloadCard key={task.id} task={task} onCancel={onCancel} />}
      </PagedList>
    </Box>
  );
}
