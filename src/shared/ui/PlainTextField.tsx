import { useId, type ChangeEvent, type FocusEvent, type HTMLAttributes, type InputHTMLAttributes, type ReactNode, type Ref } from "react";
import { FormControl, FormHelperText, InputLabel, OutlinedInput, type SxProps, type Theme } from "@mui/material";

export interface PlainTextFieldProps {
  label?: ReactNode;
  value: string;
  onChange?: (e: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: (e: FocusEvent<HTMLInputElement>) => void;
  error?: boolean;
  helperText?: ReactNode;
  type?: string;
  name?: string;
  id?: string;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  autoComplete?: string;
  placeholder?: string;
  fullWidth?: boolean;
  margin?: "none" | "dense" | "normal";
  inputRef?: Ref<HTMLInputElement>;
  sx?: SxProps<Theme>;
  slotProps?: {
    htmlInput?: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
    input?: { endAdornment?: ReactNode; startAdornment?: ReactNode };
    formHelperText?: HTMLAttributes<HTMLParagraphElement>;
  };
}

/**
 * An outlined text field with label and helper text wired for screen readers, like MUI's TextField
 * but without its `select` mode: TextField always pulls Select, Menu, Popover and Modal into the
 * bundle, which the sign-in page cannot afford within its first-load budget.
 */
export function PlainTextField({ label, helperText, error, required, disabled, fullWidth, margin, sx, id, slotProps, ...input }: PlainTextFieldProps) {
  const auto = useId();
  const inputId = id ?? auto;
  const helperId = helperText ? `${inputId}-helper` : undefined;
  const labelId = label ? `${inputId}-label` : undefined;
  return (
    <FormControl error={error} required={required} disabled={disabled} fullWidth={fullWidth} margin={margin} sx={sx} variant="outlined">
      {label && (
        <InputLabel htmlFor={inputId} id={labelId}>
          {label}
        </InputLabel>
      )}
      <OutlinedInput
        {...input}
        id={inputId}
        label={label}
        inputProps={{ ...slotProps?.htmlInput, "aria-describedby": helperId }}
        endAdornment={slotProps?.input?.endAdornment}
        startAdornment={slotProps?.input?.startAdornment}
      />
      {helperText && (
        <FormHelperText id={helperId} {...slotProps?.formHelperText}>
          {helperText}
        </FormHelperText>
      )}
    </FormControl>
  );
}
