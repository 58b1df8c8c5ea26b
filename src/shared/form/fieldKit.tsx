import { useState, type ComponentType, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PlainTextFieldProps } from "../ui/PlainTextField";
import type { Field } from "./useField";
import type { LengthRule } from "./validation";

export type FieldProps = Omit<PlainTextFieldProps, "value" | "onChange" | "error" | "helperText"> & {
  field: Field;
  /** Shown below the field while there is no error (rules such as "6–128 characters"). */
  hint?: ReactNode;
  /** Lengths for the tooShort/tooLong messages. */
  rule?: LengthRule;
};

export interface VisibilityToggleProps {
  label: string;
  visible: boolean;
  onToggle: () => void;
}

/**
 * The form fields wired to useField, drawn with the given text field: MUI's on most pages, the
 * light one on the sign-in page (src/shared/lite). The text field links the helper text through
 * aria-describedby and sets aria-invalid on error, so the rule or the error is read with the field.
 */
export function createFormFields(TextField: ComponentType<PlainTextFieldProps>, VisibilityToggle: ComponentType<VisibilityToggleProps>) {
  function FormTextField({ field, hint, rule, slotProps, ...rest }: FieldProps) {
    const { t } = useTranslation("auth");
    const message = field.serverError ?? (field.shownError ? t(`validation.${field.shownError}`, { min: rule?.min, max: rule?.max }) : undefined);
    return (
      <TextField
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
  function PasswordField(props: FieldProps & { autoComplete: "current-password" | "new-password" }) {
    const { t } = useTranslation("auth");
    const [visible, setVisible] = useState(false);
    return (
      <FormTextField
        {...props}
        type={visible ? "text" : "password"}
        slotProps={{
          htmlInput: { maxLength: 256, autoCapitalize: "none", spellCheck: false },
          // One constant name with aria-pressed: the state is announced once, not twice.
          input: { endAdornment: <VisibilityToggle label={t("field.showPassword")} visible={visible} onToggle={() => setVisible((v) => !v)} /> },
        }}
      />
    );
  }

  /** The e-mail field; `webauthn` in autocomplete lets the browser offer passkeys right here. */
  function EmailField({ webauthn, ...props }: FieldProps & { webauthn?: boolean }) {
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

  return { FormTextField, PasswordField, EmailField };
}
