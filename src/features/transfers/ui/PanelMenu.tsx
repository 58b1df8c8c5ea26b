// Queue-wide actions: pause/resume all, retry failed, clear finished, cancel all, and how many files
// are uploaded at the same time (kept in the account's local settings as `concurrent_limit`).
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { IconButton, ListItemText, Tooltip } from "@mui/material";
import { Menu, MenuItem } from "../../../shared/ui/LazyMenu";
import MoreIcon from "@mui/icons-material/MoreVert";
import { uploads, type Snapshot } from "../engine/manager";
import { ConcurrencyDialog } from "./ConcurrencyDialog";

export function PanelMenu({ snap }: { snap: Snapshot }) {
  const { t } = useTranslation("transfers");
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState(false);
  const id = useId();
  const has = (pred: (s: string) => boolean) => snap.tasks.some((x) => pred(x.state));
  const run = (fn: () => void) => () => {
    setAnchor(null);
    fn();
  };
  return (
    <>
      <Tooltip title={t("menu.label")}>
        <IconButton
          aria-label={t("menu.label")}
          aria-haspopup="menu"
          aria-expanded={anchor ? true : undefined}
          aria-controls={anchor ? id : undefined}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          <MoreIcon />
        </IconButton>
      </Tooltip>
      <Menu id={id} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem disabled={!has((s) => s === "queued" || s === "uploading" || s === "preparing")} onClick={run(() => uploads.pauseAll())}>
          {t("menu.pauseAll")}
        </MenuItem>
        <MenuItem disabled={!has((s) => s === "paused")} onClick={run(() => uploads.resumeAll())}>
          {t("menu.resumeAll")}
        </MenuItem>
        <MenuItem disabled={!has((s) => s === "failed")} onClick={run(() => uploads.retryAllFailed())}>
          {t("menu.retryFailed")}
        </MenuItem>
        <MenuItem disabled={!has((s) => s === "done" || s === "canceled" || s === "skipped" || s === "rejected")} onClick={run(() => uploads.clearFinished())}>
          {t("menu.clearFinished")}
        </MenuItem>
        <MenuItem disabled={!has((s) => s !== "done" && s !== "canceled" && s !== "skipped" && s !== "rejected")} onClick={run(() => uploads.cancelAll())}>
          {t("menu.cancelAll")}
        </MenuItem>
        <MenuItem onClick={run(() => setDialog(true))}>
          <ListItemText primary={t("menu.concurrency")} secondary={t("menu.concurrencyValue", { count: snap.concurrency })} />
        </MenuItem>
      </Menu>
      {dialog && <ConcurrencyDialog value={snap.concurrency} onClose={() => setDialog(false)} />}
    </>
  );
}
