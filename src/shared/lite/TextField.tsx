import { useId } from "react";
import type { PlainTextFieldProps } from "../ui/PlainTextField";

export type LiteTextFieldProps = Omit<PlainTextFieldProps, "sx">;

/**
 * An outlined text field like MUI's (label on the border, helper or error below, wired with
 * aria-describedby and aria-invalid), with the same props as PlainTextField so forms can take either.
 */
export function LiteTextField({ label, helperText, error, required, disabled, fullWidth, margin, id, slotProps, inputRef, ...input }: LiteTextFieldProps) {
  const auto = useId();
  const inputId = id ?? auto;
  const helperId = helperText ? `${inputId}-helper` : undefined;
  return (
    <div
      className="lt-field"
      data-error={error || undefined}
      data-disabled={disabled || undefined}
      style={{ width: fullWidth ? "100%" : undefined, marginBlock: margin === "none" ? 0 : undefined }}
    >
      {label && (
        <label className="lt-field__label" htmlFor={inputId}>
          {label}
          {required && <span aria-hidden="true"> *</span>}
        </label>
      )}
      <div className="lt-field__box">
        {slotProps?.input?.startAdornment}
        <input
          {...input}
          {...slotProps?.htmlInput}
          ref={inputRef}
          id={inputId}
          className="lt-field__input"
          required={required}
          disabled={disabled}
          aria-invalid={error || undefined}
          aria-describedby={helperId}
        />
        {slotProps?.input?.endAdornment && <div className="lt-field__end">{slotProps.input.endAdornment}</div>}
      </div>
      {helperText && (
        <p id={helperId} className="lt-field__helper" {...slotProps?.formHelperText}>
          {helperText}
        </p>
      )}
    </div>
  );
}
