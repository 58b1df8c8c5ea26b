import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, FormHelperText, IconButton, Paper, TextField, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/AddOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import type { EditorProps } from "../types";
import { RawJsonField } from "./RawJsonField";
import { parsePresets, writePresets, type Preset } from "./themes";

const COLOR = /^#[0-9a-f]{6}$/i;

/**
 * The colour presets users pick from: per preset the primary and secondary colour of the light and
 * the dark palette. A preset is known by its light primary colour (that is what the default theme
 * and each user's choice store), so changing it also moves the default along.
 */
export function ThemePresets({ value, onChange, values, setOther, label, help, error }: EditorProps) {
  const { t } = useTranslation("admin");
  const id = useId();
  const presets = parsePresets(value);
  if (!presets) {
    return <RawJsonField value={value} onChange={onChange} label={label} error={error} shape="object" />;
  }
  const write = (next: Preset[], renamed?: [string, string]) => {
    onChange(writePresets(next, value));
    if (renamed && values.defaultTheme === renamed[0]) setOther("defaultTheme", renamed[1]);
  };
  const edit = (i: number, mode: "light" | "dark", part: "primary" | "secondary", color: string) => {
    const next = presets.map((p, j) => (j === i ? { ...p, [mode]: { ...p[mode], [part]: color } } : p));
    const renamed: [string, string] | undefined = mode === "light" && part === "primary" ? [presets[i]!.light.primary, color] : undefined;
    write(next, renamed);
  };
  const add = () => {
    const used = new Set(presets.map((p) => p.light.primary.toLowerCase()));
    const color = ["#009688", "#e91e63", "#ff5722", "#607d8b", "#4caf50", "#795548"].find((c) => !used.has(c)) ?? "#000000";
    write([...presets, { id: color, light: { primary: color, secondary: "#9c27b0" }, dark: { primary: color, secondary: "#ce93d8" } }]);
  };
  return (
    <Box role="group" aria-labelledby={`${id}-l`} aria-describedby={`${id}-h`}>
      <Typography id={`${id}-l`} variant="subtitle1" component="h3">
        {label}
      </Typography>
      <FormHelperText id={`${id}-h`} error={Boolean(error)} sx={{ mt: 0, mb: 1 }}>
        {error ?? help}
      </FormHelperText>
      <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 1 }}>
        {presets.map((p, i) => {
          const name = t("settings.themes.preset", { n: i + 1 });
          const isDefault = values.defaultTheme === p.light.primary;
          return (
            <Paper
              component="li"
              variant="outlined"
              key={`${i}-${p.id}`}
              aria-label={name}
              sx={{ p: 1.5, display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}
            >
              <Typography sx={{ minWidth: 90, fontWeight: 500 }}>
                {name}
                {isDefault && (
                  <Typography component="span" variant="body2" color="text.secondary">
                    {" "}
                    {t("settings.themes.isDefault")}
                  </Typography>
                )}
              </Typography>
              {(["light", "dark"] as const).flatMap((mode) =>
                (["primary", "secondary"] as const).map((part) => (
                  <ColorInput
                    key={`${mode}-${part}`}
                    label={t(`settings.themes.${mode}.${part}`, { name })}
                    value={p[mode][part]}
                    onChange={(c) => edit(i, mode, part, c)}
                  />
                )),
              )}
              <IconButton
                aria-label={t("settings.themes.remove", { name })}
                onClick={() => write(presets.filter((_, j) => j !== i))}
                disabled={isDefault || presets.length === 1}
              >
                <DeleteIcon />
              </IconButton>
            </Paper>
          );
        })}
      </Box>
      <Button startIcon={<AddIcon aria-hidden />} onClick={add} sx={{ mt: 1 }}>
        {t("settings.themes.add")}
      </Button>
    </Box>
  );
}

/** A colour as a swatch picker beside its hex text, both editing the same value. */
function ColorInput({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const bad = !COLOR.test(value);
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 0.5 }}>
      <Box
        component="input"
        type="color"
        aria-label={label}
        value={bad ? "#000000" : value}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        sx={{ width: 36, height: 36, p: 0, border: 0, bgcolor: "transparent", cursor: "pointer" }}
      />
      <TextField
        size="small"
        label={label}
        value={value}
        error={bad}
        onChange={(e) => onChange(e.target.value.trim())}
        sx={{ width: 150 }}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
    </Box>
  );
}
