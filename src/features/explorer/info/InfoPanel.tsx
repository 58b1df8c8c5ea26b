import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, Chip, CircularProgress, Dialog, Divider, IconButton, TextField, Typography, useMediaQuery, useTheme } from "@mui/material";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import { fileKeys, fileQueries, type FileResponse } from "../../../api/queries/files";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { NavCap, hasNavCap } from "../../../lib/capabilities";
import { formatBytes, formatBytesExact, formatDate } from "../../../lib/format";
import { tryParseUri } from "../../../lib/uri";
import { useFolder } from "../ExplorerContext";
import { fileKey, restoreUriOf, tagsOf, trashExpiryOf } from "../model/files";
import { tagSearchHref } from "../organize/tagSearch";
import { fileApi } from "../ops/api";
import { replaceInLists } from "../ops/cache";
import { Thumb } from "../views/Thumb";
import { folderOf, originalFolderOf } from "../views/columns";
import { extOf } from "../model/files";
import { kindOf } from "../views/fileKind";
import { MediaInfo } from "./MediaInfo";
import { CustomProps } from "./CustomProps";

/**
 * Details of one item (or of the current folder): sizes, dates, location, storage policy, a folder
 * summary, and the tags and custom metadata the owner may edit (PATCH /file/metadata).
 * Side panel on wide screens, full-screen dialog on phones.
 */
export default function InfoPanel({ file, onClose }: { file: FileResponse | undefined; onClose: () => void }) {
  const { t } = useTranslation("explorer");
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up("md"), { noSsr: true });
  const folderCtx = useFolder();
  const parent = folderCtx.listing.head?.parent;
  const target = file ?? (folderCtx.uri.isRoot ? parent : undefined);
  const uri = file ? fileKey(file) : folderCtx.uri.withoutSearch().toString();
  const isRootFolder = !file && folderCtx.uri.isRoot;
  const base = target ?? parent;
  const summary = Boolean(base?.owned) && (file ? file.type === 1 : true);
  const q = useQuery({ ...fileQueries.info(uri, { extended: true, summary }), enabled: !isRootFolder });
  const data = q.data ?? target;
  const content = (
    <Box sx={{ p: 2, overflow: "auto", height: "100%" }}>
      <Box sx={{ display: "flex", alignItems: "flex-start", gap: 1 }}>
        <Typography id="info-title" variant="h6" component="h2" sx={{ flex: 1, wordBreak: "break-all", fontSize: 18 }}>
          <bdi>{data?.name || folderCtx.rootName}</bdi>
        </Typography>
        <IconButton aria-label={t("info.close")} onClick={onClose} size="small">
          <CloseIcon fontSize="small" />
        </IconButton>
      </Box>
      {data && data.type === 0 && (
        <Box sx={{ mt: 1, height: 160, borderRadius: 2, bgcolor: "action.hover", display: "grid", placeItems: "center", overflow: "hidden" }}>
          <Thumb file={data} hint={folderCtx.contextHint} iconSize={64} cover={false} />
        </Box>
      )}
      {q.isPending && !isRootFolder && <CircularProgress size={20} sx={{ mt: 2 }} aria-label={t("status.loading")} />}
      {q.error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {describeError(q.error, t)}
        </Alert>
      ) : null}
      {data && <Details file={data} />}
      {data && data.type === 0 && <MediaInfo file={data} />}
      {data && !isRootFolder && <CustomProps file={data} />}
      {data && !isRootFolder && <Metadata file={data} />}
    </Box>
  );
  if (!wide)
    return (
      <Dialog open fullScreen onClose={onClose} aria-labelledby="info-title">
        {content}
      </Dialog>
    );
  return (
    <Box component="aside" aria-labelledby="info-title" sx={{ width: 340, flexShrink: 0, borderLeft: 1, borderColor: "divider", bgcolor: "background.paper" }}>
      {content}
    </Box>
  );
}

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

function Details({ file }: { file: FileResponse }) {
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

/** What the server's media extractors wrote and custom properties: shown above, not again as raw keys. */
const MEDIA_KEY = /^(exif|music|stream|props):/;

/** Keys users may set: tags and `customize:*` (other categories are the server's, contract §8.16). */
const EDITABLE = /^(tag|customize):./;

function Metadata({ file }: { file: FileResponse }) {
  const { t } = useTranslation("explorer");
  const toast = useToast();
  const qc = useQueryClient();
  const editable = Boolean(file.owned) && hasNavCap(file.capability, NavCap.UpdateMetadata);
  const [tag, setTag] = useState("");
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const uri = fileKey(file);
  const tags = tagsOf(file);
  const navigate = useNavigate();
  const others = Object.entries(file.metadata ?? {}).filter(
    ([k]) => !k.startsWith("tag:") && !k.startsWith("sys:") && k !== "thumb:disabled" && !MEDIA_KEY.test(k),
  );

  const patch = async (patches: { key: string; value?: string; remove?: boolean }[]) => {
    setBusy(true);
    try {
      await fileApi.patchMetadata([uri], patches);
      const metadata = { ...(file.metadata ?? {}) };
      for (const p of patches) {
        if (p.remove) delete metadata[p.key];
        else metadata[p.key] = p.value ?? "";
      }
      replaceInLists(qc, uri, { ...file, metadata });
      await qc.invalidateQueries({ queryKey: fileKeys.infos() });
      return true;
    } catch (e) {
      toast({ severity: "error", message: describeError(e, t) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 1 }}>
      <Divider />
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {t("info.tags")}
      </Typography>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mt: 1 }}>
        {tags.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t("info.noTags")}
          </Typography>
        )}
        {tags.map((tg) => (
          <Chip
            key={tg.name}
            size="small"
            label={<bdi>{tg.name}</bdi>}
            sx={tg.color && /^#[0-9a-f]{3,8}$/i.test(tg.color) ? { borderLeft: `4px solid ${tg.color}` } : undefined}
            // A tag leads to every file of My files that carries it.
            onClick={() => navigate(tagSearchHref(tg.name))}
            {...(editable
              ? {
                  onDelete: () => void patch([{ key: `tag:${tg.name}`, remove: true }]),
                  deleteIcon: <CloseIcon aria-label={t("info.removeTag", { name: tg.name })} />,
                }
              : {})}
          />
        ))}
      </Box>
      {editable && (
        <Box
          component="form"
          sx={{ display: "flex", gap: 1, mt: 1 }}
          onSubmit={async (e) => {
            e.preventDefault();
            const name = tag.trim();
            if (name && (await patch([{ key: `tag:${name}`, value: "" }]))) setTag("");
          }}
        >
          <TextField size="small" label={t("info.addTag")} value={tag} onChange={(e) => setTag(e.target.value)} sx={{ flex: 1 }} />
          <Button type="submit" disabled={!tag.trim() || busy}>
            {t("info.add")}
          </Button>
        </Box>
      )}
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {t("info.metadata")}
      </Typography>
      {others.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t("info.noMetadata")}
        </Typography>
      )}
      <Box component="dl" sx={{ mt: 1 }}>
        {others.map(([k, v]) => (
          // dt and dd sit directly in the row's div: a <dl> allows one wrapper level, no more.
          <Box key={k} sx={{ mb: 0.5 }}>
            <Box component="dt" sx={{ typography: "caption", color: "text.secondary" }}>
              <bdi>{k}</bdi>
            </Box>
            <Box component="dd" sx={{ m: 0, display: "flex", alignItems: "center", gap: 1 }}>
              <Box component="span" sx={{ flex: 1, minWidth: 0, typography: "body2", wordBreak: "break-all" }}>
                <bdi>{v}</bdi>
              </Box>
              {editable && EDITABLE.test(k) && (
                <IconButton size="small" aria-label={t("info.removeMetadata", { key: k })} onClick={() => void patch([{ key: k, remove: true }])}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              )}
            </Box>
          </Box>
        ))}
      </Box>
      {editable && (
        <Box
          component="form"
          sx={{ display: "grid", gap: 1, mt: 1 }}
          onSubmit={async (e) => {
            e.preventDefault();
            const k = key.trim().startsWith("customize:") ? key.trim() : `customize:${key.trim()}`;
            if (key.trim() && (await patch([{ key: k, value }]))) {
              setKey("");
              setValue("");
            }
          }}
        >
          <TextField size="small" label={t("info.metaKey")} helperText={t("info.metaKeyHelp")} value={key} onChange={(e) => setKey(e.target.value)} />
          <TextField size="small" label={t("info.metaValue")} value={value} onChange={(e) => setValue(e.target.value)} />
          <Button type="submit" disabled={!key.trim() || busy} sx={{ justifySelf: "start" }}>
            {t("info.setMetadata")}
          </Button>
        </Box>
      )}
    </Box>
  );
}
