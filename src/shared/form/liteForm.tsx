import { LiteAlert, LiteTextField, type LiteSeverity } from "../lite";
import { useOtpField, type OtpProps } from "./otpField";

export { LiteEmailField, LiteFormTextField, LitePasswordField } from "./liteFields";

/** The one-time-code field drawn without MUI (see useOtpField). */
export function LiteOtpInput(props: OtpProps) {
  return <LiteTextField {...useOtpField(props)} />;
}

/**
 * A form-level message (server error, notice), drawn without MUI. role=alert makes screen readers
 * announce it as soon as it appears, without moving focus away from the field the user is on.
 */
export function LiteFormAlert({ message, severity = "error" }: { message: string | undefined; severity?: LiteSeverity }) {
  if (!message) return null;
  return (
    <LiteAlert severity={severity} role={severity === "error" ? "alert" : "status"}>
      {message}
    </LiteAlert>
  );
}
