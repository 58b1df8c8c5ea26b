// HEIC / HEIF pictures in browsers that cannot decode them (all but Safari): the file's bytes are
// converted to JPEG in the browser by heic2any, a large library fetched only when a picture needs
// it (never part of the app's first load or of the service worker's precache).

export const HEIC_EXTS = new Set(["heic", "heif"]);

/** The picture at `url` (a signed URL of a HEIC/HEIF file) as a JPEG object URL; revoke it when done. */
export async function heicToJpeg(url: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const type = res.headers.get("Content-Type") ?? "";
  // A signed URL the server refused answers with a JSON envelope, not with the picture.
  if (type.includes("json")) throw new Error(((await res.json()) as { msg?: string }).msg || "not a picture");
  const blob = await res.blob();
  const { default: heic2any } = await import("heic2any");
  const out = await heic2any({ blob, toType: "image/jpeg", quality: 0.92 });
  return URL.createObjectURL(Array.isArray(out) ? out[0]! : out);
}
