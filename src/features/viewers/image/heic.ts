// HEIC / HEIF pictures in browsers that cannot decode them (all but Safari): the file's bytes are
// converted to JPEG in the browser by heic2any, a large library fetched only when a picture needs
// it (never part of the app's first load or of the service worker's precache).

import { ApiError, HttpError } from "../../../api/errors";

export const HEIC_EXTS = new Set(["heic", "heif"]);

/** The picture at `url` (a signed URL of a HEIC/HEIF file) as a JPEG object URL; revoke it when done. */
export async function heicToJpeg(url: string, signal?: AbortSignal): Promise<string> {
  // No credentials: the URL may point at storage on another origin. Not from the HTTP cache
  // either: the <img> that tried the file first stored a response fetched without CORS, and the
  // server does not vary on Origin, so reusing it would fail the CORS check.
  const res = await fetch(url, { signal, credentials: "omit", cache: "no-store" });
  if (!res.ok) throw new HttpError(res.status);
  // A signed URL the server refused answers with a JSON envelope, not with the picture.
  if (res.headers.get("Content-Type")?.includes("json")) {
    const env = (await res.json()) as { code?: number; msg?: string };
    throw new ApiError(env.code ?? -1, env.msg ?? "");
  }
  const blob = await res.blob();
  const { default: heic2any } = await import("heic2any");
  try {
    const out = await heic2any({ blob, toType: "image/jpeg", quality: 0.92 });
    return URL.createObjectURL(Array.isArray(out) ? out[0]! : out);
  } catch (e) {
    // The converter rejects with plain objects ({code, message}); make them errors with a reason.
    throw e instanceof Error ? e : new Error((e as { message?: string } | null)?.message || String(e));
  }
}
