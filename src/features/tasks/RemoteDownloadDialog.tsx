import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField } from "@mui/material";
import TorrentIcon from "@mui/icons-material/InsertDriveFileOutlined";
import { describeError } from "../../api/errors";
import { createRemoteDownloads, type Task } from "../../api/queries/workflow";
import { tryParseUri } from "../../lib/uri";
import { FormDialog } from "../../shared/dialogs/FormDialog";
import { useFormSubmit } from "../../shared/dialogs/useFormSubmit";
import { PickField } from "../../shared/fields/PickField";
import type { DialogProps } from "../../shared/dialogs/host";
import { DestinationField } from "./DestinationField";
import { taskDialogs, type RemoteDownloadProps } from "./dialogs";
import { parseLinks } from "./download";
import { defaultDestination } from "./gates";
import { folderLabel } from "./model";
import { useTaskCreated } from "./useTaskCreated";

type Source = "links" | "torrent";

/** Starts downloads on the server from links or a .torrent file in the drive (docs/server-behaviour.md, "Background tasks"). */
export default function RemoteDownloadDialog({ open, props, close }: DialogProps<RemoteDownloadProps, Task[]>) {
  const { t } = useTranslation("tasks");
  const created = useTaskCreated();
  const ids = useId();
  const [source, setSource] = useState<Source>(props.torrent ? "torrent" : "links");
  const [text, setText] = useState("");
  const [torrent, setTorrent] = useState(props.torrent ?? "");
  const [folder, setFolder] = useState(() => defaultDestination(props.folder));
  const form = useFormSubmit((err) => describeError(err, t));
  const links = parseLinks(text);
  const problem = source === "links" ? (links.length === 0 ? t("remote.links.required") : "") : torrent ? "" : t("remote.torrent.required");
  const shownProblem = form.touched ? problem : "";

  const chooseTorrent = async () => {
    const start = tryParseUri(torrent)?.parent().toString() ?? folder;
    const picked = await taskDialogs.pickTorrent({ start: defaultDestination(start) });
    if (picked) setTorrent(picked);
  };

  const submit = () =>
    form.submit(problem, async () => {
      const tasks = await createRemoteDownloads(source === "links" ? { src: links, dst: folder } : { src_file: torrent, dst: folder });
      created(t("remote.created", { count: tasks.length }), "/downloads");
      close(tasks);
    });

  return (
    <FormDialog
      open={open}
      title={t("remote.title")}
      busy={form.busy}
      error={form.error}
      submitLabel={t("remote.submit")}
      cancelLabel={t("common.cancel")}
      onSubmit={() => void submit()}
      onCancel={() => close()}
    >
      <FormControl>
        <FormLabel id={`${ids}-source`}>{t("remote.source")}</FormLabel>
        <RadioGroup row aria-labelledby={`${ids}-source`} value={source} onChange={(e) => setSource(e.target.value as Source)}>
          <FormControlLabel value="links" control={<Radio />} label={t("remote.fromLinks")} />
          <FormControlLabel value="torrent" control={<Radio />} label={t("remote.fromTorrent")} />
        </RadioGroup>
      </FormControl>
      {source === "links" ? (
        <TextField
          label={t("remote.links.label")}
          value={text}
          multiline
          minRows={4}
          maxRows={12}
          required
          autoFocus
          onChange={(e) => setText(e.target.value)}
          error={Boolean(shownProblem)}
          helperText={shownProblem || t("remote.links.help")}
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: "off", autoCorrect: "off" } }}
        />
      ) : (
        <PickField
          label={t("remote.torrent.label")}
          value={torrent ? folderLabel(torrent, t("folders.my")) : ""}
          placeholder={t("remote.torrent.none")}
          required
          help={t("remote.torrent.help")}
          error={shownProblem}
          chooseLabel={t("remote.torrent.choose")}
          icon={<TorrentIcon aria-hidden />}
          onChoose={() => void chooseTorrent()}
          disabled={form.busy}
        />
      )}
      <DestinationField
        label={t("remote.folder")}
        help={t("remote.folderHelp")}
        pickTitle={t("remote.pickTitle")}
        value={folder}
        onChange={setFolder}
        disabled={form.busy}
      />
    </FormDialog>
  );
}
