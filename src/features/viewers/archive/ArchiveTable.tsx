import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Box, Breadcrumbs, Button, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import FolderIcon from "@mui/icons-material/FolderOutlined";
import FileIcon from "@mui/icons-material/InsertDriveFileOutlined";
import { formatBytes } from "../../../lib/format";
import type { ArchiveNode } from "./tree";

/** Rows drawn at first; a folder holding more shows them on request. */
const FIRST_ROWS = 500;

export interface ArchiveTableProps {
  archiveName: string;
  root: ArchiveNode;
  folder: ArchiveNode;
  /** The folder shown, "/"-separated inside the archive; "" is its root. */
  path: string;
  go: (path: string) => void;
  all: boolean;
  showAll: () => void;
}

/** One folder of the archive: where it is (breadcrumbs), the archive's totals, its entries. */
export function ArchiveTable({ archiveName, root, folder, path, go, all, showAll }: ArchiveTableProps) {
  const { t, i18n } = useTranslation("documents");
  const trail = useMemo(() => {
    const parts = path ? path.split("/") : [];
    return parts.map((name, i) => ({ name, path: parts.slice(0, i + 1).join("/") }));
  }, [path]);
  const dates = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }), [i18n.language]);
  const rows = all ? folder.children : folder.children.slice(0, FIRST_ROWS);
  const sizeOf = (n: ArchiveNode) => (n.dir ? t("documents:archive.items", { count: n.children.length }) : formatBytes(n.size, i18n.language));
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", p: { xs: 1, sm: 2 } }}>
      <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: 1, mb: 1 }}>
        <Breadcrumbs aria-label={t("documents:archive.folders")} maxItems={6}>
          {[{ name: archiveName, path: "" }, ...trail].map((c, i, list) =>
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
        <Table size="small" aria-label={t("documents:archive.contents", { name: path ? (trail[trail.length - 1]?.name ?? "") : archiveName })}>
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
        <Button sx={{ mt: 1 }} onClick={showAll}>
          {t("documents:archive.showAll", { count: folder.children.length })}
        </Button>
      )}
    </Box>
  );
}
