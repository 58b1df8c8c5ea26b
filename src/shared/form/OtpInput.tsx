import { PlainTextField } from "../ui/PlainTextField";
import { useOtpField, type OtpProps } from "./otpField";

/** The one-time-code field drawn with MUI (see useOtpField). */
export function OtpInput(props: OtpProps) {
  return <PlainTextField {...useOtpField(props)} />;
}
