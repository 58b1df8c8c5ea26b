import { IconButton, InputAdornment } from "@mui/material";
import Visibility from "@mui/icons-material/VisibilityOutlined";
import VisibilityOff from "@mui/icons-material/VisibilityOffOutlined";
import { PlainTextField } from "../ui/PlainTextField";
import { createFormFields, type VisibilityToggleProps } from "./fieldKit";

function VisibilityToggle({ label, visible, onToggle }: VisibilityToggleProps) {
  return (
    <InputAdornment position="end">
      <IconButton aria-label={label} aria-pressed={visible} onClick={onToggle} edge="end" size="small">
        {visible ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
      </IconButton>
    </InputAdornment>
  );
}

/** The form fields drawn with MUI. */
export const { FormTextField, PasswordField, EmailField } = createFormFields(PlainTextField, VisibilityToggle);
