// Asked when an upload's name already exists (40004): upload as a new version of that file
// (overwrite, the old content stays in the version history), keep both under "name (1)", or skip.
// "Apply to all" answers every conflict of the same batch, including ones not hit yet.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel } from "@mui/material";
import { displayPath, tryParseUri } from "../../../lib/uri";
import { uploads, type Snapshot } from "../engine/manager";
import type { ConflictChoice } from "../engine/task";

/** The folder as people know it, "My files" or "My files/Photos", rather than "/" or "/Photos". */
function folderLabel(folderUri: string, location: string, myFiles: string): string {
  const folder = tryParseUri(folderUri);
  return folder?.fs === "my" ? displayPath(folder, myFiles) : location;
}

export function ConflictDialog({ snap }: { snap: Snapshot }) {
  const task = snap.conflicts[0];
  if (!task) return null;
  // Keyed by task so the checkbox resets for the next question.
  return <ConflictQuestion key={task.id} snap={snap} />;
}

function ConflictQuestion({ snap }: { snap: Snapshot }) {
  const { t } = useTranslation("transfers");
  const { t: common } = useTranslation("common");
  const task = snap.conflicts[0]!;
  const [all, setAll] = useState(false);
  const titleId = useId();
  const descId = useId();
  const others = snap.tasks.filter((x) => x.state === "queued" || x.state === "conflict").length - 1;
  const answer = (choice: ConflictChoice) => uploads.resolveConflict(task.id, choice, all);
  return (
    <Dialog open aria-labelledby={titleId} aria-describedby={descId} maxWidth="xs" fullWidth onClose={() => answer("skip")}>
      <DialogTitle id={titleId}>{t("conflict.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText id={descId} sx={{ overflowWrap: "anywhere" }}>
          {t("conflict.body", { name: task.name, folder: folderLabel(task.folderUri, task.location, common("nav.myFiles")) })}
        </DialogContentText>
        {others > 0 && (
          <FormControlLabel sx={{ mt: 1 }} control={<Checkbox checked={all} onChange={(e) => setAll(e.target.checked)} />} label={t("conflict.applyToAll")} />
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: "wrap", gap: 1 }}>
        <Button onClick={() => answer("skip")}>{t("conflict.skip")}</Button>
        <Button onClick={() => answer("rename")}>{t("conflict.rename")}</Button>
        <Button variant="contained" onClick={() => answer("overwrite")}>
          {t("conflict.overwrite")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
