import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useInfiniteQuery } from "@tanstack/react-query";
import {
  Box,
  Breadcrumbs,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Typography,
} from "@mui/material";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import FileIcon from "@mui/icons-material/InsertDriveFileOutlined";
import { describeError } from "../../api/errors";
import { fileQueries } from "../../api/queries/files";
import { parseUri, type CrUri } from "../../lib/uri";
import type { DialogProps } from "../../shared/dialogs/host";
import { isTorrentName } from "./gates";

const PARAMS = { pageSize: 200, orderBy: "name", direction: "asc" } as const;

/** Finds a .torrent file in My files, folder by folder; resolves with its URI. */
export default function TorrentPickerDialog({ open, props, close }: DialogProps<{ start: string }, string>) {
  const { t } = useTranslation("tasks");
  const [at, setAt] = useState<CrUri>(() => parseUri(props.start));
  const q = useInfiniteQuery(fileQueries.list(at.toString(), PARAMS, 0));
  const { fetchNextPage, hasNextPage, isFetchingNextPage } = q;
  // Torrent files are few and anywhere in the listing: load the whole folder.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const items = useMemo(
    () =>
      (q.data?.pages ?? [])
        .flatMap((p) => p.files)
        .filter((f) => (f.type === 1 && !f.metadata?.["sys:shared_redirect"]) || (f.type === 0 && isTorrentName(f.name))),
    [q.data],
  );
  const crumbs = [at.root(), ...at.segments.map((_, i) => at.root().join(...at.segments.slice(0, i + 1)))];
  const titleId = "torrent-picker-title";
  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t("remote.torrent.pickTitle")}</DialogTitle>
      <DialogContent dividers sx={{ p: 0 }}>
        <Breadcrumbs aria-label={t("picker.location")} sx={{ px: 2, py: 1 }} maxItems={4}>
          {crumbs.map((c, i) =>
            i === crumbs.length - 1 ? (
              <Typography key={c.toString()} color="text.primary" aria-current="location">
                <bdi>{c.name || t("folders.my")}</bdi>
              </Typography>
            ) : (
              <Link key={c.toString()} component="button" type="button" underline="hover" onClick={() => setAt(c)}>
                <bdi>{c.name || t("folders.my")}</bdi>
              </Link>
            ),
          )}
        </Breadcrumbs>
        <Box sx={{ height: 320, overflow: "auto" }}>
          {q.isPending && (
            <Box sx={{ display: "grid", placeItems: "center", p: 3 }}>
              <CircularProgress size={24} aria-label={t("picker.loading")} />
            </Box>
          )}
          {q.error && (
            <Typography sx={{ p: 2 }} color="error">
              {describeError(q.error, t)}
            </Typography>
          )}
          {!q.isPending && !q.error && items.length === 0 && (
            <Typography sx={{ p: 2 }} color="text.secondary">
              {t("picker.empty")}
            </Typography>
          )}
          {items.length > 0 && (
            <List dense aria-label={t("picker.items")}>
              {items.map((f) => (
                <ListItem key={f.path} disablePadding>
                  <ListItemButton onClick={() => (f.type === 1 ? setAt(parseUri(f.path!)) : close(f.path!))}>
                    <ListItemIcon aria-hidden>{f.type === 1 ? <FolderIcon /> : <FileIcon />}</ListItemIcon>
                    <ListItemText primary={<bdi>{f.name}</bdi>} />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>{t("common.cancel")}</Button>
      </DialogActions>
    </Dialog>
  );
}
