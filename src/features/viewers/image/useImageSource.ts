// The lightbox's pixels: the server's thumbnail at once, then the full image once it has decoded.
// A format the browser cannot decode keeps the thumbnail on screen; for HEIC/HEIF the full
// resolution is converted in the browser (heic.ts) when the user asks, or at once when there is no
// thumbnail to show.
import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { fileQueries } from "../../../api/queries/files";
import { viewerQueries } from "../../../api/queries/viewers";
import { extOf } from "../choose";
import type { ViewerProps } from "../types";
import { HEIC_EXTS, heicToJpeg } from "./heic";
import type { Size } from "./zoom";

/** Formats a browser may not decode; the server's thumbnail stands in when it cannot. */
const MAYBE_UNSUPPORTED = new Set(["heic", "heif", "tif", "tiff"]);

export interface Shown {
  src: string;
  /** "thumb" until the full image has decoded; "full"; or "fallback" when only the thumbnail can be shown. */
  kind: "thumb" | "full" | "fallback";
  size: Size;
}

export interface ImageSource {
  shown: Shown | null;
  error: unknown;
  /** The thumbnail stands in for a HEIC/HEIF picture: the full one can be converted on request. */
  canConvert: boolean;
  converting: boolean;
  convert: () => void;
  /** Loaded well enough to fetch the neighbours ahead. */
  settled: boolean;
}

/** How long the full image's decoding waits for the thumbnail's before starting anyway. */
const THUMB_HEAD_START_MS = 250;

/** Decodes an image off the page, so swapping it in paints at once. */
function decode(src: string): Promise<Size> {
  const img = new Image();
  img.decoding = "async";
  img.src = src;
  return img.decode().then(() => ({ w: img.naturalWidth, h: img.naturalHeight }));
}

export function useImageSource(p: Pick<ViewerProps, "file" | "version" | "contextHint">): ImageSource {
  const { file } = p;
  const uri = file.path ?? "";
  const heic = HEIC_EXTS.has(extOf(file.name));
  const thumbAllowed = !p.version && file.metadata?.["thumb:disabled"] === undefined;
  const thumb = useQuery({ ...fileQueries.thumb(uri, p.contextHint), enabled: thumbAllowed });
  const full = useQuery(viewerQueries.url(uri, { entity: p.version ?? file.primary_entity, contextHint: p.contextHint }));
  const [shown, setShown] = useState<Shown | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  /** The browser could not decode the original. */
  const [undecodable, setUndecodable] = useState(false);
  const [asked, setAsked] = useState(false);
  /** The thumbnail did not decode either (a server that hands out the original as its thumbnail). */
  const [thumbBad, setThumbBad] = useState(false);
  /** The full image need not wait for the thumbnail any longer. */
  const [waited, setWaited] = useState(false);
  const key = `${uri}|${p.version ?? ""}`;
  const [shownFor, setShownFor] = useState(key);
  if (shownFor !== key) {
    // Another image: forget the last one's pixels and error in this same render.
    setShownFor(key);
    setShown(null);
    setFailed(null);
    setUndecodable(false);
    setAsked(false);
    setThumbBad(false);
    setWaited(false);
  }
  const thumbUrl = thumb.data?.url;
  const fullUrl = full.data?.url;
  // The full image downloads at once but decodes after the thumbnail (or a short wait for it):
  // decoding both together holds back the thumbnail, which is the first thing to see.
  useEffect(() => {
    if (!fullUrl) return;
    new Image().src = fullUrl;
    const timer = setTimeout(() => setWaited(true), THUMB_HEAD_START_MS);
    return () => clearTimeout(timer);
  }, [fullUrl]);
  const thumbFirst = thumbAllowed && !thumb.isError && !thumbBad && shown === null;
  const decodeUrl = fullUrl && (!thumbFirst || waited) ? fullUrl : undefined;
  useEffect(() => {
    if (!thumbUrl) return;
    let live = true;
    void decode(thumbUrl)
      .then((size) => {
        if (live) setShown((s) => (s && s.kind !== "thumb" ? s : { src: thumbUrl, kind: "thumb", size }));
      })
      .catch(() => live && setThumbBad(true));
    return () => {
      live = false;
    };
  }, [thumbUrl]);
  useEffect(() => {
    if (!decodeUrl) return;
    let live = true;
    void decode(decodeUrl)
      .then((size) => {
        if (live) setShown({ src: decodeUrl, kind: "full", size });
      })
      .catch((e: unknown) => {
        if (!live) return;
        if (heic) setUndecodable(true);
        // A format this browser cannot decode (TIFF): the server's thumbnail is what we can show.
        else if (thumbUrl && MAYBE_UNSUPPORTED.has(extOf(file.name))) setShown((s) => (s ? { ...s, kind: "fallback" } : s));
        else setFailed(e);
      });
    return () => {
      live = false;
    };
  }, [decodeUrl, thumbUrl, file.name, heic]);

  // HEIC/HEIF the browser cannot decode: convert when asked, or at once without a thumbnail.
  const noThumb = !thumbAllowed || thumb.isError || thumbBad;
  const convertNow = heic && undecodable && (asked || noThumb) && Boolean(fullUrl);
  useEffect(() => {
    if (!convertNow || !fullUrl) return;
    const ctl = new AbortController();
    let made: string | undefined;
    heicToJpeg(fullUrl, ctl.signal)
      .then(async (src) => {
        made = src;
        const size = await decode(src);
        if (!ctl.signal.aborted) setShown({ src, kind: "full", size });
      })
      .catch((e: unknown) => !ctl.signal.aborted && setFailed(e));
    return () => {
      ctl.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [convertNow, fullUrl]);

  const fallback = heic && undecodable && !convertNow && shown !== null;
  const view = fallback && shown ? { ...shown, kind: "fallback" as const } : shown;
  return {
    shown: view,
    error: full.error ?? failed,
    canConvert: fallback,
    converting: convertNow && shown?.kind !== "full" && failed == null,
    convert: () => setAsked(true),
    settled: Boolean(shown && shown.kind !== "thumb"),
  };
}
