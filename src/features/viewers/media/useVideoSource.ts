// Feeds the <video>: a signed URL of the file, renewed shortly before it expires and swapped in
// without a break (renewal.ts); HLS playlists through hls.js with per-file signing (hlsPlayback.ts)
// unless the browser plays them itself.
import { useEffect, useRef, useState, type RefObject } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { viewerQueries } from "../../../api/queries/viewers";
import { parseUri } from "../../../lib/uri";
import { keepFresh, swapSource } from "./renewal";

export interface VideoSource {
  error: unknown;
  /** True while a renewed URL is being swapped in (the position must not be saved or restored then). */
  swapping: RefObject<boolean>;
}

/** `el` is the mounted <video> (state, not a ref: a dialog mounts its content after its first render). */
export function useVideoSource(
  el: HTMLVideoElement | null,
  o: { uri: string; entity: string | undefined; contextHint: string | undefined; hls: boolean },
): VideoSource {
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const swapping = useRef(false);
  const { uri, entity, contextHint, hls } = o;
  useEffect(() => {
    if (!el || !uri) return;
    let live = true;
    let stop = () => {};
    const opts = { entity, contextHint };
    const fail = (e: unknown) => live && setError(e);
    if (hls) {
      void import("./hlsPlayback").then(({ hlsSupported, playHls }) => {
        if (!live) return;
        if (!hlsSupported()) {
          // The browser's own HLS (Safari): it resolves segments against the signed URL itself.
          qc.fetchQuery(viewerQueries.url(uri, opts)).then(({ url }) => live && (el.src = url), fail);
          return;
        }
        const sign = (f: ReturnType<typeof parseUri>) =>
          qc.fetchQuery(viewerQueries.url(f.toString(), f.toString() === uri ? opts : { contextHint })).then((r) => r.url);
        stop = playHls(el, parseUri(uri), sign, fail);
      }, fail);
    } else {
      qc.fetchQuery(viewerQueries.url(uri, opts)).then(({ url, expires }) => {
        if (!live) return;
        el.src = url;
        stop = keepFresh(expires, async () => {
          const fresh = await qc.fetchQuery({ ...viewerQueries.url(uri, opts), staleTime: 0 });
          if (!live) return null;
          swapping.current = true;
          try {
            await swapSource(el, fresh.url);
          } finally {
            swapping.current = false;
          }
          return fresh.expires;
        });
      }, fail);
    }
    return () => {
      live = false;
      stop();
    };
  }, [el, uri, entity, contextHint, hls, qc]);
  return { error, swapping };
}
