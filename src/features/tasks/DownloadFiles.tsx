import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, Checkbox, FormControlLabel, Typography } from "@mui/material";
import { describeError } from "../../api/errors";
import { selectDownloadFiles, workflowKeys, type DownloadFileStatus, type Task } from "../../api/queries/workflow";
import { formatBytes } from "../../lib/format";
import { useToast } from "../../shared/toast";
import { canSelectFiles, selectionChanges } from "./download";
import { percent } from "./model";

/** The files of a torrent, each with its progress; while the downloader watches, which to fetch. */
export function DownloadFiles({ task, files }: { task: Task; files: readonly DownloadFileStatus[] }) {
  const { t, i18n } = useTranslation("tasks");
  const toast = useToast();
  const queryClient = useQueryClient();
  const ids = useId();
  const editable = canSelectFiles(task);
  // The user's choice, over the server's as long as it differs; null = follow the server.
  const [chosen, setChosen] = useState<ReadonlySet<number> | null>(null);
  const current = chosen ?? new Set(files.filter((f) => f.selected).map((f) => f.index));
  const changes = selectionChanges(files, current);
  const save = useMutation({
    mutationFn: () => selectDownloadFiles(task.id, changes),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: workflowKeys.list("downloading") });
      setChosen(null);
      toast({ message: t("files.saved"), severity: "success" });
    },
  });
  const toggle = (index: number, on: boolean) => {
    const next = new Set(current);
    if (on) next.add(index);
    else next.delete(index);
    setChosen(next);
  };
  const headingId = `${ids}-files`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 1 }}>
      <Typography id={headingId} component="h4" variant="subtitle2">
        {t("files.title", { count: files.length })}
      </Typography>
      {!editable && (
        <Typography variant="body2" color="text.secondary">
          {t("files.readOnly")}
        </Typography>
      )}
      <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0 }}>
        {files.map((f) => {
          const detail = t("files.detail", { size: formatBytes(f.size, i18n.language), percent: percent(f.progress) });
          return (
            <Box component="li" key={f.index} sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 0 }}>
              <FormControlLabel
                sx={{ flex: 1, minWidth: 0, mr: 0 }}
                disabled={!editable || save.isPending}
                control={<Checkbox size="small" checked={current.has(f.index)} onChange={(e) => toggle(f.index, e.target.checked)} />}
                label={
                  <Box component="span" sx={{ display: "block", minWidth: 0, overflowWrap: "anywhere" }}>
                    <bdi>{f.name}</bdi>
                    <Typography component="span" variant="body2" color="text.secondary" sx={{ display: "block" }}>
                      {detail}
                    </Typography>
                  </Box>
                }
              />
            </Box>
          );
        })}
      </Box>
      {save.isError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {t("files.saveFailed", { reason: describeError(save.error, t) })}
        </Alert>
      )}
      {editable && changes.length > 0 && (
        <Box sx={{ display: "flex", gap: 1, mt: 1, flexWrap: "wrap" }}>
          <Button size="small" variant="contained" loading={save.isPending} onClick={() => save.mutate()} disabled={current.size === 0}>
            {t("files.save")}
          </Button>
          <Button size="small" onClick={() => setChosen(null)} disabled={save.isPending}>
            {t("files.reset")}
          </Button>
        </Box>
      )}
    </Box>
  );
}
