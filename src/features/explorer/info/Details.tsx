import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Box } from "@mui/material";
import type { FileResponse } from "../../../api/queries/files";
import { formatBytes, formatBytesExact, formatDate } from "../../../lib/format";
import { tryParseUri } from "../../../lib/uri";
import { useFolder } from "../ExplorerContext";
import { extOf, restoreUriOf, trashExpiryOf } from "../model/files";
import { folderOf, originalFolderOf } from "../views/columns";
import { kindOf } from "../views/fileKind";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Box component="dt" sx={{ color: "text.secondary", typography: "body2" }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, mb: 1, typography: "body2", wordBreak: "break-all" }}>
        {children}
      </Box>
    </>
  );
}

/** The facts about an item: kind, size, contents, where it is, dates, storage. */
export function Details({ file }: { file: FileResponse }) {
  const { t, i18n } = useTranslation("explorer");
  const { rootName } = useFolder();
  const lang = i18n.language;
  const restore = tryParseUri(restoreUriOf(file) ?? "");
  const location = folderOf(file, rootName);
  const expiry = trashExpiryOf(file);
  const s = file.folder_summary;
  const policy = file.extended_info?.storage_policy;
  const nf = new Intl.NumberFormat(lang);
  return (
    <Box component="dl" sx={{ mt: 2, mb: 0 }}>
      <Row label={t("info.type")}>{file.type === 1 ? t("kinds.folder") : t(`kinds.${kindOf(extOf(file.name))}`)}</Row>
      {file.type === 0 && <Row label={t("info.size")}>{formatBytesExact(file.size, lang)}</Row>}
      {s && (
        <Row label={t("info.contents")}>
          {t("info.summary", { size: formatBytes(s.size, lang), files: nf.format(s.files), folders: nf.format(s.folders) })}
          {!s.completed && ` ${t("info.summaryIncomplete")}`}
        </Row>
      )}
      {location && !restore && (
        <Row label={t("info.location")}>
          <bdi>{location}</bdi>
        </Row>
      )}
      {restore && (
        <Row label={t("info.originalLocation")}>
          <bdi>{originalFolderOf(file, t)}</bdi>
        </Row>
      )}
      {expiry && <Row label={t("info.expires")}>{formatDate(expiry.toISOString(), lang)}</Row>}
      {formatDate(file.created_at, lang) && <Row label={t("info.created")}>{formatDate(file.created_at, lang)}</Row>}
      {formatDate(file.updated_at, lang) && <Row label={t("info.modified")}>{formatDate(file.updated_at, lang)}</Row>}
      {policy && <Row label={t("info.policy")}>{policy.name}</Row>}
      {file.extended_info && file.type === 0 && <Row label={t("info.storageUsed")}>{formatBytes(file.extended_info.storage_used, lang)}</Row>}
      {file.type === 0 && <StoredData file={file} />}
      {file.type === 1 && file.extended_info && <Row label={t("info.view")}>{file.extended_info.view ? t("info.viewSaved") : t("info.viewNotSaved")}</Row>}
    </Box>
  );
}

const BLOB_KINDS = [
  { type: 0, key: "info.blobVersions" },
  { type: 1, key: "info.blobThumbnails" },
  { type: 2, key: "info.blobLivePhotos" },
] as const;

/** The blobs stored for a file (its versions, thumbnails, live-photo clips), counted per kind. */
function StoredData({ file }: { file: FileResponse }) {
  const { t, i18n } = useTranslation("explorer");
  const entities = file.extended_info?.entities;
  if (!entities?.length) return null;
  return (
    <Row label={t("info.storedData")}>
      {BLOB_KINDS.map(({ type, key }) => {
        const of = entities.filter((e) => e.type === type);
        if (!of.length) return null;
        const size = formatBytes(
          of.reduce((n, e) => n + e.size, 0),
          i18n.language,
        );
        return (
          <Box key={type} component="span" sx={{ display: "block" }}>
            {t(key, { count: of.length, size })}
          </Box>
        );
      })}
    </Row>
  );
}
