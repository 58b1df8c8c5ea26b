import type { ReactNode } from "react";
import { Box, Button, TextField } from "@mui/material";

interface Props {
  label: string;
  /** What is chosen, in words (a path, a file name); empty shows the placeholder. */
  value: string;
  placeholder?: string;
  help: string;
  /** A problem to show instead of the help. */
  error?: string;
  required?: boolean;
  chooseLabel: string;
  icon: ReactNode;
  onChoose: () => void;
  disabled?: boolean;
}

/** A value chosen in a picker dialog: read-only in the field, changed with the button beside it. */
export function PickField({ label, value, placeholder, help, error, required, chooseLabel, icon, onChoose, disabled }: Props) {
  return (
    <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start", flexWrap: { xs: "wrap", sm: "nowrap" } }}>
      <TextField
        label={label}
        value={value}
        placeholder={placeholder}
        required={required}
        fullWidth
        error={Boolean(error)}
        helperText={error || help}
        slotProps={{ htmlInput: { readOnly: true } }}
      />
      <Button variant="outlined" startIcon={icon} onClick={onChoose} disabled={disabled} sx={{ flexShrink: 0, mt: { sm: 1 } }}>
        {chooseLabel}
      </Button>
    </Box>
  );
}
