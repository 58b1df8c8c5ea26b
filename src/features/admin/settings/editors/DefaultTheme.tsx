import { Box, MenuItem, TextField } from "@mui/material";
import type { EditorProps } from "../types";
import { parsePresets } from "./themes";

/** The preset a visitor sees before choosing one: one of the presets above. */
export function DefaultTheme({ value, onChange, values, label, help, error }: EditorProps) {
  const presets = parsePresets(values.theme_options ?? "") ?? [];
  const known = presets.some((p) => p.light.primary === value);
  return (
    <TextField
      select
      fullWidth
      label={label}
      value={known ? value : ""}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error) || !known}
      helperText={error ?? help}
    >
      {presets.map((p) => (
        <MenuItem key={p.light.primary} value={p.light.primary}>
          <Box
            component="span"
            aria-hidden
            sx={{ width: 16, height: 16, borderRadius: "50%", bgcolor: p.light.primary, display: "inline-block", mr: 1, verticalAlign: "middle" }}
          />
          {p.light.primary}
        </MenuItem>
      ))}
    </TextField>
  );
}
