import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Box, Checkbox, Divider, FormControlLabel, Link, ListItemText, MenuItem, Rating, Switch, TextField, Typography } from "@mui/material";
import { describeError } from "../../../api/errors";
import { fileKeys, type FileResponse } from "../../../api/queries/files";
import { siteQueries } from "../../../api/queries/site";
import type { components } from "../../../api/schema";
import { useToast } from "../../../shared/toast";
import { NavCap, hasNavCap } from "../../../lib/capabilities";
import { fileKey } from "../model/files";
import { fileApi } from "../ops/api";
import { replaceInLists } from "../ops/cache";

export type CustomProp = components["schemas"]["CustomProp"];
export const propKey = (p: CustomProp) => `props:${p.id}`;

/** A multi-select value is a JSON list of the chosen options (the shape newer servers store). */
export function parseMulti(v: string | undefined): string[] {
  if (!v) return [];
  try {
    const list = JSON.parse(v) as unknown;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

interface FieldProps {
  prop: CustomProp;
  value: string | undefined;
  readOnly: boolean;
  /** Stores the value (undefined removes it). */
  save: (v: string | undefined) => void;
}

/** Text, number and link: edited in a field and saved when the field is left. */
function TextProp({ prop, value, readOnly, save, type }: FieldProps & { type: "text" | "number" | "url" }) {
  const { t } = useTranslation("explorer");
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value ?? "";
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    const v = draft.trim();
    if (v !== (value ?? "")) save(v === "" ? undefined : v);
  };
  if (readOnly) {
    if (!value)
      return (
        <Typography variant="body2" color="text.secondary">
          —
        </Typography>
      );
    return type === "url" && /^https?:\/\//i.test(value) ? (
      <Link href={value} target="_blank" rel="noopener noreferrer" sx={{ overflowWrap: "anywhere", typography: "body2" }}>
        {value}
      </Link>
    ) : (
      <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
        <bdi>{value}</bdi>
      </Typography>
    );
  }
  return (
    <TextField
      size="small"
      fullWidth
      type={type}
      label={prop.name}
      value={shown}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
      }}
      slotProps={{ htmlInput: type === "number" ? { min: prop.min, max: prop.max } : type === "text" && prop.max ? { maxLength: prop.max } : {} }}
      helperText={type === "url" ? t("info.props.linkHelp") : undefined}
    />
  );
}

function PropField(props: FieldProps) {
  const { t } = useTranslation("explorer");
  const { prop, value, readOnly, save } = props;
  switch (prop.type) {
    case "number":
      return <TextProp {...props} type="number" />;
    case "link":
      return <TextProp {...props} type="url" />;
    case "boolean":
      return <FormControlLabel control={<Switch checked={value === "true"} onChange={(_, on) => save(String(on))} disabled={readOnly} />} label={prop.name} />;
    case "rating":
      return (
        <Rating
          name={propKey(prop)}
          max={prop.max || 5}
          value={value ? Number(value) : null}
          readOnly={readOnly}
          onChange={(_, v) => save(v === null ? undefined : String(v))}
          getLabelText={(n) => t("info.props.stars", { n, max: prop.max || 5 })}
        />
      );
    case "select":
      return (
        <TextField select size="small" fullWidth label={prop.name} value={value ?? ""} disabled={readOnly} onChange={(e) => save(e.target.value || undefined)}>
          <MenuItem value="">
            <em>{t("info.props.none")}</em>
          </MenuItem>
          {(prop.options ?? []).map((o) => (
            <MenuItem key={o} value={o}>
              {o}
            </MenuItem>
          ))}
        </TextField>
      );
    case "multi_select": {
      const chosen = parseMulti(value);
      return (
        <TextField
          select
          size="small"
          fullWidth
          label={prop.name}
          value={chosen}
          disabled={readOnly}
          slotProps={{ select: { multiple: true, renderValue: (v) => (v as string[]).join(", ") } }}
          onChange={(e) => {
            const next = e.target.value as unknown as string[];
            save(next.length ? JSON.stringify(next) : undefined);
          }}
        >
          {(prop.options ?? []).map((o) => (
            <MenuItem key={o} value={o}>
              <Checkbox checked={chosen.includes(o)} size="small" sx={{ p: 0, mr: 1 }} />
              <ListItemText primary={o} />
            </MenuItem>
          ))}
        </TextField>
      );
    }
    default:
      return <TextProp {...props} type="text" />;
  }
}

/**
 * The admin's typed custom properties (explorer config `custom_props`, newer servers only), each
 * with a control of its type; values are stored in the file's metadata as `props:<id>`. Nothing
 * is shown where the server has none (the community server).
 */
export function CustomProps({ file }: { file: FileResponse }) {
  const { t } = useTranslation("explorer");
  const toast = useToast();
  const qc = useQueryClient();
  const config = useQuery(siteQueries.config("explorer"));
  // Shown as chosen at once; the stored value replaces it when the details are read again.
  const [pending, setPending] = useState<Record<string, string | undefined>>({});
  const props = (config.data as { custom_props?: CustomProp[] } | undefined)?.custom_props?.filter((p) => p.type !== "user") ?? [];
  if (!props.length) return null;
  const valueOf = (p: CustomProp) => (propKey(p) in pending ? pending[propKey(p)] : file.metadata?.[propKey(p)]);
  const editable = Boolean(file.owned) && hasNavCap(file.capability, NavCap.UpdateMetadata);
  const uri = fileKey(file);
  const save = async (prop: CustomProp, v: string | undefined) => {
    const key = propKey(prop);
    setPending((m) => ({ ...m, [key]: v }));
    try {
      await fileApi.patchMetadata([uri], [v === undefined ? { key, remove: true } : { key, value: v }]);
      const metadata = { ...(file.metadata ?? {}) };
      if (v === undefined) delete metadata[key];
      else metadata[key] = v;
      replaceInLists(qc, uri, { ...file, metadata });
      await qc.invalidateQueries({ queryKey: fileKeys.infos() });
    } catch (e) {
      toast({ severity: "error", message: describeError(e, t) });
    }
    setPending(({ [key]: _, ...rest }) => rest);
  };
  return (
    <Box sx={{ mt: 1 }}>
      <Divider />
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2, mb: 1 }}>
        {t("info.props.title")}
      </Typography>
      <Box sx={{ display: "grid", gap: 1.5 }}>
        {props.map((p) => (
          <Box key={p.id} role="group" aria-label={p.name}>
            {(p.type === "rating" || !editable) && p.type !== "boolean" && (
              <Typography variant="caption" color="text.secondary" component="div">
                {p.name}
              </Typography>
            )}
            <PropField prop={p} value={valueOf(p)} readOnly={!editable} save={(v) => void save(p, v)} />
          </Box>
        ))}
      </Box>
    </Box>
  );
}
