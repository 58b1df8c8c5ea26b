import { useId } from "react";
import { Box, FormControlLabel, FormHelperText, Switch } from "@mui/material";

interface Props {
  label: string;
  /** What turning it on means; read out with the switch. */
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** An on/off option with its explanation under it. */
export function SwitchField({ label, help, checked, onChange, disabled }: Props) {
  const helpId = useId();
  return (
    <Box>
      <FormControlLabel
        control={
          <Switch checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} slotProps={{ input: { "aria-describedby": helpId } }} />
        }
        label={label}
      />
      <FormHelperText id={helpId} sx={{ mt: 0 }}>
        {help}
      </FormHelperText>
    </Box>
  );
}
