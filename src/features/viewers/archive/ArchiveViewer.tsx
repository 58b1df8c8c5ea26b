// An archive's contents without downloading it: the zip's central directory is read from the end of
// the file by HTTP range requests on its signed URL (a few kilobytes even for gigabytes), shown as
// folders to browse, with "Extract to…" handing the archive to the server's extract task. The
// community server has no listing API of its own (docs/server-behaviour.md).
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Breadcrumbs, Button, CircularProgress, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import FileIcon from "@mui/icons-material/InsertDriveFileOutlined";
import UnarchiveIcon from "@mui/icons-material/UnarchiveOutlined";
import { describeError } from "../../../api/errors";
import { fileKeys } from "../../../api/queries/files";
import { userQueries } from "../../../api/queries/user";
import { viewerQueries } from "../../../api/queries/viewers";
import { useCurrentSession } from "../../../shared/useSession";
import { formatBytes } from "../../../lib/format";
import { tryParseUri } from "../../../lib/uri";
import { canExtractArchive, extractArchive, whenTaskEnds } from "../../tasks";
import { ViewerFrame } from "../frame/ViewerFrame";
import type { ViewerProps } from "../types";
import { buildTree, findFolder, type ArchiveNode } from "./tree";
import { httpSource, readDirectory } from "./zip";

/** Rows drawn at first; a folder holding more shows them on request. */
const FIRST_ROWS = 500;

export default function ArchiveViewer(p: ViewerProps) {
  const { t, i18n } = useTranslation(["documents", "viewers"]);
  const qc = useQueryClient();
  const session = useCurrentSession();
  const me = useQuery({ ...userQueries.me(), placeholderData: session?.user, enabled: Boolean(session) });
  const uri = p.file.path ?? "";
  const url = useQuery(viewerQueries.url(uri, { entity: p.version ?? p.file.primary_entity, contextHint: p.contextHint }));
  const src = url.data?.url;
  const listing = useQuery({
    queryKey: ["viewers", "archive", src ?? ""],
    queryFn: async ({ signal }) => buildTree(await readDirectory(httpSource(src!, p.file.size, signal))),
    enabled: Boolean(src),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const [path, setPath] = useState("");
  const [all, setAll] = useState(false);
  const root = listing.data;
  const folder = root ? findFolder(root, path) : undefined;
  const trail = useMemo(() => {
    const parts = path ? path.split("/") : [];
    return parts.map((name, i) => ({ name, path: parts.slice(0, i + 1).join("/") }));
  }, [path]);
  const go = (to: string) => {
    setPath(to);
    setAll(false);
  };

  const dates = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }), [i18n.language]);
  const parent = tryParseUri(uri)?.parent()?.toString();
  const groupPermission = (me.data ?? session?.user)?.group?.permission ?? undefined;
  const extractable = p.mode === "dialog" && Boolean(session) && !p.version && Boolean(parent) && canExtractArchive({ groupPermission, files: [p.file] });
  const extract = async () => {
    const task = await extractArchive({ uri, folder: parent! });
    // The dialog tells that the task started; the listings show its files once it ends.
    if (task) whenTaskEnds(task, () => void qc.invalidateQueries({ queryKey: fileKeys.lists() }));
  };

  const error = url.error ?? listing.error;
  const rows = folder ? (all ? folder.children : folder.children.slice(0, FIRST_ROWS)) : [];
  const sizeOf = (n: ArchiveNode) => (n.dir ? t("documents:archive.items", { count: n.children.length }) : formatBytes(n.size, i18n.language));

  return (
    <ViewerFrame
      title={p.file.name}
      mode={p.mode}
      close={p.close}
      download={p.mode === "dialog" ? p.download : undefined}
      actions={
        extractable && (
          <Button color="inherit" startIcon={<UnarchiveIcon aria-hidden />} onClick={() => void extract()}>
            {t("documents:archive.extract")}
          </Button>
        )
      }
    >
      {error ? (
        <Alert severity="error" sx={{ m: 2 }}>
          {t("documents:archive.failed", { reason: describeError(error, t) })}
        </Alert>
      ) : !root || !folder ? (
        <Box sx={{ flex: 1, display: "grid", placeItems: "center" }}>
          <CircularProgress aria-label={t("viewers:frame.loading")} />
        </Box>
      ) : (
        <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", p: { xs: 1, sm: 2 } }}>
          <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: 1, mb: 1 }}>
            <Breadcrumbs aria-label={t("documents:archive.folders")} maxItems={6}>
              {[{ name: p.file.name, path: "" }, ...trail].map((c, i, list) =>
                i === list.length - 1 ? (
                  <Typography key={c.path} color="text.primary" aria-current="location" noWrap>
                    <bdi>{c.name}</bdi>
                  </Typography>
                ) : (
                  <Link key={c.path} component="button" underline="hover" color="inherit" onClick={() => go(c.path)}>
                    <bdi>{c.name}</bdi>
                  </Link>
                ),
              )}
            </Breadcrumbs>
            <Typography variant="body2" color="text.secondary" role="status">
              {t("documents:archive.summary", { count: root.files, size: formatBytes(root.size, i18n.language) })}
            </Typography>
          </Box>
          {folder.children.length === 0 ? (
            <Typography color="text.secondary" sx={{ p: 2 }}>
              {t("documents:archive.empty")}
            </Typography>
          ) : (
            <Table size="small" aria-label={t("documents:archive.contents", { name: path ? (trail[trail.length - 1]?.name ?? "") : p.file.name })}>
              <TableHead>
                <TableRow>
                  <TableCell>{t("documents:archive.name")}</TableCell>
                  <TableCell align="right">{t("documents:archive.size")}</TableCell>
                  <TableCell sx={{ display: { xs: "none", sm: "table-cell" } }}>{t("documents:archive.modified")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {path && (
                  <TableRow>
                    <TableCell colSpan={3}>
                      <Link component="button" underline="hover" onClick={() => go(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "")}>
                        {t("documents:archive.up")}
                      </Link>
                    </TableCell>
                  </TableRow>
                )}
                {rows.map((n) => (
                  <TableRow key={n.path} hover>
                    <TableCell sx={{ maxWidth: 0, width: "100%" }}>
                      <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 0 }}>
                        {n.dir ? <FolderIcon fontSize="small" color="action" aria-hidden /> : <FileIcon fontSize="small" color="action" aria-hidden />}
                        {n.dir ? (
                          <Link component="button" underline="hover" onClick={() => go(n.path)} sx={{ textAlign: "start", overflowWrap: "anywhere" }}>
                            <bdi>{n.name}</bdi>
                          </Link>
                        ) : (
                          <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
                            <bdi>{n.name}</bdi>
                          </Typography>
                        )}
                      </Box>
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                      {sizeOf(n)}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: "nowrap", display: { xs: "none", sm: "table-cell" } }}>{n.modified ? dates.format(n.modified) : ""}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {rows.length < folder.children.length && (
            <Button sx={{ mt: 1 }} onClick={() => setAll(true)}>
              {t("documents:archive.showAll", { count: folder.children.length })}
            </Button>
          )}
        </Box>
      )}
    </ViewerFrame>
  );
}
