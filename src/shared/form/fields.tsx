import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { IconButton, InputAdornment } from "@mui/material";
import { PlainTextField, type PlainTextFieldProps } from "../ui/PlainTextField";
import Visibility from "@mui/icons-material/VisibilityOutlined";
import VisibilityOff from "@mui/icons-material/VisibilityOffOutlined";
import type { Field } from "./useField";
import type { LengthRule } from "./validation";

type Props = Omit<PlainTextFieldProps, "value" | "onChange" | "error" | "helperText"> & {
  field: Field;
  /** Shown below the field while there is no error (rules such as "6–128 characters"). */
  hint?: ReactNode;
  /** Lengths for the tooShort/tooLong messages. */
  rule?: LengthRule;
};

/**
 * A text field wired to useField. MUI links the helper text through aria-describedby and sets
 * aria-invalid when `error` is on, so the rule or the error is read with the field.
 */
export function FormTextField({ field, hint, rule, slotProps, ...rest }: Props) {
  const { t } = useTranslation("auth");
  const message = field.serverError ?? (field.shownError ? t(`validation.${field.shownError}`, { min: rule?.min, max: rule?.max }) : undefined);
  return (
    <PlainTextField
      fullWidth
      margin="normal"
      {...rest}
      inputRef={field.ref}
      value={field.value}
      onChange={(e) => field.setValue(e.target.value)}
      onBlur={(e) => {
        // Showing the rule now would push the submit button down under the pointer mid-click and
        // swallow the click; the submit validates anyway.
        const next = e.relatedTarget;
        if (next instanceof HTMLButtonElement && next.type === "submit" && next.form === e.target.form) return;
        if (field.value) field.touch();
      }}
      error={Boolean(message)}
      helperText={message ?? hint}
      // A server verdict (wrong password…) arrives while focus is elsewhere: announce it.
      slotProps={field.serverError ? { ...slotProps, formHelperText: { role: "alert" } } : slotProps}
    />
  );
}

/** A password field with a show/hide toggle (a pressed-state button, reachable by keyboard). */
export function PasswordField(props: Props & { autoComplete: "current-password" | "new-password" }) {
  const { t } = useTranslation("auth");
  const [visible, setVisible] = useState(false);
  // One constant name with aria-pressed: the state is announced once, not twice.
  const label = t("field.showPassword");
  return (
    <FormTextField
      {...props}
      type={visible ? "text" : "password"}
      slotProps={{
        htmlInput: { maxLength: 256, autoCapitalize: "none", spellCheck: false },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton aria-label={label} aria-pressed={visible} onClick={() => setVisible((v) => !v)} edge="end" size="small">
                {visible ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

/** The e-mail field; `webauthn` in autocomplete lets the browser offer passkeys right here. */
export function EmailField({ webauthn, ...props }: Props & { webauthn?: boolean }) {
  const { t } = useTranslation("auth");
  return (
    <FormTextField
      label={t("field.email")}
      type="email"
      required
      autoComplete={webauthn ? "username webauthn" : "username"}
      slotProps={{ htmlInput: { autoCapitalize: "none", spellCheck: false, inputMode: "email" } }}
      {...props}
    />
  );
}
