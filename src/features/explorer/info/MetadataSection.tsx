import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Box, Button, Chip, Divider, IconButton, TextField, Typography } from "@mui/material";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import type { FileResponse } from "../../../api/queries/files";
import { NavCap, hasNavCap } from "../../../lib/capabilities";
import { tagsOf } from "../model/files";
import { tagSearchHref } from "../organize/tagSearch";
import { customKey, isEditableKey, plainMetadata, type MetadataPatch } from "./metadataEdits";
import { useMetadataPatch } from "./useMetadataPatch";

interface EditorProps {
  file: FileResponse;
  /** The owner may change them (capability UpdateMetadata). */
  editable: boolean;
  busy: boolean;
  patch: (patches: MetadataPatch[]) => Promise<boolean>;
}

/** The Details panel's tags and other metadata, which the owner may add to and remove from. */
export function MetadataSection({ file }: { file: FileResponse }) {
  const editable = Boolean(file.owned) && hasNavCap(file.capability, NavCap.UpdateMetadata);
  const { patch, busy } = useMetadataPatch(file);
  return (
    <Box sx={{ mt: 1 }}>
      <Divider />
      <TagsEditor file={file} editable={editable} busy={busy} patch={patch} />
      <PropertiesEditor file={file} editable={editable} busy={busy} patch={patch} />
    </Box>
  );
}

function TagsEditor({ file, editable, busy, patch }: EditorProps) {
  const { t } = useTranslation("explorer");
  const navigate = useNavigate();
  const [tag, setTag] = useState("");
  const tags = tagsOf(file);
  return (
    <>
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
    </>
  );
}

function PropertiesEditor({ file, editable, busy, patch }: EditorProps) {
  const { t } = useTranslation("explorer");
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  const others = plainMetadata(file.metadata);
  return (
    <>
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
              {editable && isEditableKey(k) && (
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
            if (key.trim() && (await patch([{ key: customKey(key), value }]))) {
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
    </>
  );
}
