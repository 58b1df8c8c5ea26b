import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../../api/errors";

/**
 * describeError() asks for keys like `errors.40022`; the messages live in the `errors` namespace
 * keyed by the bare code, so this adapter strips the prefix and looks there.
 */
export function useDescribeError(): (e: unknown) => string {
  const { t } = useTranslation("errors");
  return useCallback((e: unknown) => describeError(e, (key, options) => t(key.replace(/^errors\./, ""), options ?? {})), [t]);
}
