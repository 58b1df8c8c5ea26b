import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LiteAlert, LiteButton, LiteSpinner } from "../../shared/lite";
import { useAuthConfig } from "./queries";
import { useDescribeError } from "../../shared/form/useDescribeError";

/**
 * The auth forms depend on the site's login settings (captchas, sign-up, passkeys): wait for
 * them, and when the server cannot be reached say so with a retry rather than guess.
 */
export function ConfigGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation("auth");
  const describe = useDescribeError();
  const { pending, error, retry } = useAuthConfig();
  if (error)
    return (
      <LiteAlert
        severity="error"
        role="alert"
        action={
          <LiteButton size="small" onClick={retry}>
            {t("action.retry")}
          </LiteButton>
        }
      >
        {t("config.failed")} {describe(error)}
      </LiteAlert>
    );
  if (pending)
    return (
      <div className="lt-pending">
        <LiteSpinner label={t("config.loading")} />
      </div>
    );
  return children;
}
