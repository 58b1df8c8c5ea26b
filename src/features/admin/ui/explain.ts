import { ApiError, describeError, type Translate } from "../../../api/errors";

/**
 * An error for an administrator: the usual explanation, followed by the server's own words when it
 * gave any (a test mail's SMTP dialogue, a generator's exec error), since those say what to fix.
 */
export function explain(e: unknown, t: Translate): string {
  const text = describeError(e, t);
  const detail = e instanceof ApiError ? e.message.trim() : "";
  return detail && !text.includes(detail) ? `${text} ${t("admin:serverSaid", { detail })}` : text;
}
