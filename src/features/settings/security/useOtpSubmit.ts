import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../api/errors";
import { useDescribeError } from "../../../shared/form";
import { usePatchSettings } from "../queries";

/**
 * Turning 2FA on or off needs a current code: submit it with the change, and on a wrong code
 * (40022) clear the field and put the cursor back, like the sign-in step does.
 */
export function useOtpSubmit(enable: boolean, onDone: () => void, onSessionGone?: () => void) {
  const { t } = useTranslation("settings");
  const describe = useDescribeError();
  const patch = usePatchSettings();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const submit = (otp: string) => {
    if (patch.isPending) return;
    if (otp.length !== 6) {
      setError(t("security.codeIncomplete"));
      input.current?.focus();
      return;
    }
    setError(undefined);
    patch.mutate(
      { two_fa_enabled: enable, two_fa_code: otp },
      {
        onSuccess: onDone,
        onError: (e) => {
          setCode("");
          // 50005: the setup secret expired (ten minutes) — a new one is needed.
          if (isApiError(e) && e.code === 50005 && onSessionGone) {
            setError(t("security.secretExpired"));
            onSessionGone();
          } else setError(describe(e));
          input.current?.focus();
        },
      },
    );
  };
  return { code, setCode, error, input, submit, busy: patch.isPending };
}
