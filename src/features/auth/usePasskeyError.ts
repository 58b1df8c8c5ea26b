import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/errors";
import { passkeyProblem } from "./passkey";
import { useDescribeError } from "../../shared/form/useDescribeError";

/** Text for a failed passkey ceremony, or undefined when there is nothing to tell (our own abort). */
export function usePasskeyError(): (e: unknown) => string | undefined {
  const { t } = useTranslation("auth");
  const describe = useDescribeError();
  return useCallback(
    (e: unknown) => {
      const problem = passkeyProblem(e);
      if (!problem) return undefined;
      if (problem === "other") return isApiError(e) ? describe(e) : t("passkey.failed");
      return t(`passkey.${problem}`);
    },
    [t, describe],
  );
}
