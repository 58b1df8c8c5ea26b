import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Chip, FormHelperText, IconButton, Paper, Switch, TextField, Typography } from "@mui/material";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import ImportIcon from "@mui/icons-material/CloudDownloadOutlined";
import type { AdminViewerGroup } from "../../../../api/queries/admin";
import { adminApi } from "../../../../api/queries/adminMutations";
import type { EditorProps } from "../types";
import { RawJsonField } from "./RawJsonField";
import { explain } from "../../ui/explain";

function parse(text: string): AdminViewerGroup[] | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) && v.every((g) => g && Array.isArray((g as AdminViewerGroup).viewers)) ? (v as AdminViewerGroup[]) : undefined;
  } catch {
    return undefined;
  }
}

// Built-in viewers are named by an i18n key of the official frontend; show something readable.
const readable = (name: string) =>
  /^fileManager\./.test(name)
    ? name
        .slice(12)
        .replace(/([A-Z])/g, " $1")
        .replace(/^./, (c) => c.toUpperCase())
    : name;

/**
 * The apps files open with: each viewer's extensions, on or off, and removal of added ones. An
 * office server's apps are imported from its WOPI discovery address (the server fetches and reads
 * it) as a new group.
 */
export function FileViewers({ value, onChange, label, help, error }: EditorProps) {
  const { t } = useTranslation("admin");
  const id = useId();
  const groups = parse(value);
  const [endpoint, setEndpoint] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  if (!groups) {
    return <RawJsonField value={value} onChange={onChange} label={label} error={error} shape="array" />;
  }
  const write = (next: AdminViewerGroup[]) => onChange(JSON.stringify(next.filter((g) => g.viewers.length > 0)));
  const edit = (gi: number, vi: number, patch: Partial<AdminViewerGroup["viewers"][number]>) =>
    write(groups.map((g, i) => (i === gi ? { ...g, viewers: g.viewers.map((v, j) => (j === vi ? { ...v, ...patch } : v)) } : g)));
  const remove = (gi: number, vi: number) => write(groups.map((g, i) => (i === gi ? { ...g, viewers: g.viewers.filter((_, j) => j !== vi) } : g)));
  const importWopi = async () => {
    setBusy(true);
    setResult(undefined);
    try {
      const group = await adminApi.fetchWopi(endpoint.trim());
      write([...groups, group]);
      setResult({ ok: true, text: t("settings.viewers.imported", { count: group.viewers.length }) });
      setEndpoint("");
    } catch (e) {
      setResult({ ok: false, text: explain(e, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box role="group" aria-labelledby={`${id}-l`}>
      <Typography id={`${id}-l`} variant="subtitle1" component="h3">
        {label}
      </Typography>
      <FormHelperText error={Boolean(error)} sx={{ mt: 0, mb: 1.5 }}>
        {error ?? help}
      </FormHelperText>
      <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 1 }}>
        {groups.flatMap((g, gi) =>
          g.viewers.map((v, vi) => {
            const name = readable(v.display_name);
            return (
              <Paper component="li" variant="outlined" key={`${gi}-${vi}-${v.id}`} aria-label={name} sx={{ p: 1.5, display: "grid", gap: 1 }}>
                <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
                  <Typography sx={{ fontWeight: 500, flexGrow: 1, overflowWrap: "anywhere" }}>{name}</Typography>
                  <Chip size="small" label={t(`settings.viewers.type.${v.type}`)} />
                  <Switch
                    checked={!v.disabled}
                    onChange={(e) => edit(gi, vi, { disabled: !e.target.checked })}
                    slotProps={{ input: { "aria-label": t("settings.viewers.enabled", { name }) } }}
                  />
                  <IconButton aria-label={t("settings.viewers.remove", { name })} onClick={() => remove(gi, vi)} disabled={v.type === "builtin"}>
                    <DeleteIcon />
                  </IconButton>
                </Box>
                <TextField
                  size="small"
                  label={t("settings.viewers.exts", { name })}
                  value={v.exts.join(", ")}
                  onChange={(e) =>
                    edit(gi, vi, {
                      exts: e.target.value
                        .split(/[\s,]+/)
                        .map((x) => x.replace(/^\./, "").toLowerCase())
                        .filter(Boolean),
                    })
                  }
                  slotProps={{ htmlInput: { spellCheck: false } }}
                />
              </Paper>
            );
          }),
        )}
      </Box>
      <Box sx={{ mt: 2, display: "flex", gap: 1, flexWrap: "wrap", alignItems: "flex-start" }}>
        <TextField
          size="small"
          label={t("settings.viewers.wopiEndpoint")}
          value={endpoint}
          onChange={(e) => setEndpoint(e.target.value)}
          helperText={t("settings.viewers.wopiHelp")}
          sx={{ flex: "1 1 280px" }}
          slotProps={{ htmlInput: { spellCheck: false, inputMode: "url" } }}
        />
        <Button
          variant="outlined"
          startIcon={<ImportIcon aria-hidden />}
          loading={busy}
          disabled={!URL.canParse(endpoint.trim())}
          onClick={() => void importWopi()}
        >
          {t("settings.viewers.import")}
        </Button>
      </Box>
      {result && (
        <Alert severity={result.ok ? "success" : "error"} role="status" sx={{ mt: 1 }}>
          {result.text}
        </Alert>
      )}
    </Box>
  );
}
