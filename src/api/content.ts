// File bytes fetched from signed URLs (README panels, text previews). Those URLs answer an error
// envelope with HTTP 200 when the signature is refused (a wrong site URL on the server, an expired
// link): that JSON must become an error, never the file's content.
import { ApiError, HttpError } from "./errors";

interface Envelope {
  code: number;
  msg?: string;
  correlation_id?: string;
}

function asErrorEnvelope(text: string): Envelope | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === "object" && typeof (v as Envelope).code === "number" && (v as Envelope).code !== 0 && "msg" in v) return v as Envelope;
  } catch {
    // Not JSON: ordinary content.
  }
  return undefined;
}

/**
 * The text behind a signed file URL. No credentials go with it: the URL may point at storage on
 * another origin. Throws HttpError for a failed response and ApiError for an error envelope.
 */
export async function fetchFileText(url: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(url, { signal, credentials: "omit" });
  if (!res.ok) throw new HttpError(res.status);
  const text = await res.text();
  if (res.headers.get("content-type")?.includes("application/json")) {
    const env = asErrorEnvelope(text);
    if (env) throw new ApiError(env.code, env.msg ?? "", { correlationId: env.correlation_id });
  }
  return text;
}
