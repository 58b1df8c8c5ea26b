import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Box, Button, Typography } from "@mui/material";
import RefreshIcon from "@mui/icons-material/RefreshOutlined";
import { describeError } from "../../api/errors";
import { workflowQueries, type Task } from "../../api/queries/workflow";
import { EmptyCard, PagedList } from "../../shared/PagedList";
import { usePageTitle } from "../../shared/usePageTitle";
import { GroupPerm, hasGroupPerm } from "../../lib/capabilities";
import { tryParseUri } from "../../lib/uri";
import { taskDialogs } from "./dialogs";
import { anyActive } from "./model";
import { LIST_POLL_MS, LiveStatus, useSettledAnnouncement } from "./parts";
import { TaskCard } from "./TaskCard";
import { useGroupPermission } from "./useGroupPermission";

const HEADING_ID = "tasks-heading";

/** `/tasks`: the user's archive, extract and import tasks, live while any of them runs (docs/server-behaviour.md, "Background tasks"). */
export function TasksPage() {
  const { t } = useTranslation("tasks");
  usePageTitle(t("tasks.title"));
  const permission = useGroupPermission();
  // Poll only while something can still change; TanStack pauses it while the tab is hidden.
  const query = useInfiniteQuery({ ...workflowQueries.list("general"), refetchInterval: (q) => (anyActive(q.state.data?.pages) ? LIST_POLL_MS : false) });
  const tasks = query.data?.pages.flatMap((p) => p.tasks) ?? [];
  const announcement = useSettledAnnouncement(tasks);
  const mayArchive = hasGroupPerm(permission, GroupPerm.ArchiveTask);

  // Only a refresh the user asked for shows as busy, not the polling underneath.
  const [refreshing, setRefreshing] = useState(false);
  const refresh = async () => {
    setRefreshing(true);
    await query.refetch();
    setRefreshing(false);
  };

  const runAgain = (task: Task) => {
    const props = task.summary?.props;
    if (task.type === "create_archive") {
      const dst = tryParseUri(props?.dst ?? "");
      if (!dst || !props?.src_multiple?.length) return;
      void taskDialogs.createArchive({ uris: props.src_multiple, folder: dst.parent().toString(), name: dst.name });
    } else if (task.type === "extract_archive" && props?.src) {
      void taskDialogs.extractArchive({ uri: props.src, folder: props.dst ?? "" });
    }
  };

  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 960 }}>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", justifyContent: "space-between" }}>
        <Typography id={HEADING_ID} variant="h5" component="h1">
          {t("tasks.title")}
        </Typography>
        <Button startIcon={<RefreshIcon aria-hidden />} onClick={() => void refresh()} loading={refreshing} loadingPosition="start">
          {t("common.refresh")}
        </Button>
      </Box>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: 720 }}>
        {t("tasks.intro")}
      </Typography>
      <PagedList
        query={query}
        items={tasks}
        labelledBy={HEADING_ID}
        placeholders={{ count: 3, height: 96 }}
        texts={{
          loading: t("tasks.loading"),
          failed: t("tasks.failed", { reason: describeError(query.error, t) }),
          moreFailed: t("tasks.moreFailed", { reason: describeError(query.error, t) }),
          more: t("tasks.more"),
          retry: t("common.retry"),
        }}
        empty={<EmptyCard title={t("tasks.empty")} hint={t("tasks.emptyHint")} />}
      >
        {(task) => <TaskCard key={task.id} task={task} onRunAgain={mayArchive ? runAgain : undefined} />}
      </PagedList>
      <LiveStatus message={announcement} />
    </Box>
  );
}
