import { useEffect, useRef, type Ref } from "react";
import { useTranslation } from "react-i18next";
import type { PlainTextFieldProps } from "../ui/PlainTextField";
import { normalizeOtp } from "./validation";

export interface OtpProps {
  value: string;
  onChange: (code: string) => void;
  /** Called once the sixth digit is entered or a full code is pasted. */
  onComplete: (code: string) => void;
  error?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

/**
 * The props of a single field for a 6-digit one-time code rather than six boxes: one tab stop, one
 * label, paste and SMS/authenticator autofill (`autocomplete="one-time-code"`) work natively, and
 * a numeric keypad opens on phones.
 */
export function useOtpField({ value, onChange, onComplete, error, disabled, inputRef, autoFocus }: OtpProps): PlainTextFieldProps {
  const { t } = useTranslation("auth");
  const completed = useRef<string | undefined>(undefined);
  useEffect(() => {
    // Fire once per distinct full code, so a re-render does not submit twice.
    if (value.length === 6 && completed.current !== value) {
      completed.current = value;
      onComplete(value);
    }
    if (value.length < 6) completed.current = undefined;
  }, [value, onComplete]);
  return {
    fullWidth: true,
    margin: "normal",
    label: t("field.otp"),
    value,
    onChange: (e) => onChange(normalizeOtp(e.target.value)),
    error: Boolean(error),
    helperText: error ?? t("field.otpHint"),
    disabled,
    inputRef,
    autoFocus,
    slotProps: {
      // A new error is announced even though focus stays in the field.
      formHelperText: error ? { role: "alert" } : undefined,
      htmlInput: {
        inputMode: "numeric",
        autoComplete: "one-time-code",
        pattern: "[0-9]*",
        // Pasted text with spaces or dashes is cleaned by normalizeOtp, so allow a little more.
        maxLength: 12,
        style: { fontSize: 28, letterSpacing: "0.5em", textAlign: "center", fontVariantNumeric: "tabular-nums" },
      },
    },
  };
}
