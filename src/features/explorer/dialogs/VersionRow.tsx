import { useTranslation } from "react-i18next";
import { Box, Button, Chip, ListItem, ListItemText, Stack } from "@mui/material";
import { formatBytes, formatDate } from "../../../lib/format";
import type { StoredEntity } from "./versions";

export interface VersionRowProps {
  version: StoredEntity;
  isCurrent: boolean;
  canManage: boolean;
  /** Another version's request is running: every button waits. */
  busy: boolean;
  /** Deleting asks once more, on the same row. */
  confirming: boolean;
  onOpen?: (() => void) | undefined;
  onDownload: () => void;
  onRestore: () => void;
  onAskDelete: () => void;
  onDelete: () => void;
}

/** One stored version in the versions dialog: its date, size and author, and what can be done with it. */
export function VersionRow({ version: v, isCurrent, canManage, busy, confirming, onOpen, onDownload, onRestore, onAskDelete, onDelete }: VersionRowProps) {
  const { t, i18n } = useTranslation("explorer");
  const when = formatDate(v.created_at, i18n.language);
  return (
    <ListItem divider sx={{ flexWrap: "wrap", gap: 1 }} aria-label={t("versions.itemLabel", { when, size: formatBytes(v.size, i18n.language) })}>
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
            <span>{when}</span>
            {isCurrent && <Chip size="small" color="primary" label={t("versions.current")} />}
          </Stack>
        }
        secondary={[formatBytes(v.size, i18n.language), v.created_by?.nickname].filter(Boolean).join(" · ")}
        sx={{ minWidth: 180 }}
      />
      <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap" }}>
        {onOpen && (
          <Button size="small" disabled={busy} onClick={onOpen} aria-label={t("versions.open", { when })}>
            {t("actions.open")}
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={onDownload} aria-label={t("versions.download", { when })}>
          {t("actions.download")}
        </Button>
        {canManage && !isCurrent && (
          <Button size="small" disabled={busy} onClick={onRestore} aria-label={t("versions.restore", { when })}>
            {t("versions.restoreShort")}
          </Button>
        )}
        {canManage && !isCurrent && !confirming && (
          <Button size="small" color="error" disabled={busy} onClick={onAskDelete} aria-label={t("versions.delete", { when })}>
            {t("versions.deleteShort")}
          </Button>
        )}
        {confirming && (
          <Button size="small" color="error" variant="contained" disabled={busy} onClick={onDelete}>
            {t("versions.confirmDelete", { when })}
          </Button>
        )}
      </Box>
    </ListItem>
  );
}
