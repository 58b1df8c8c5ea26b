// The lightbox's place in the folder: the folder's images around the open one, previous / next,
// and loading further listing pages when Next goes past the last loaded image.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FileResponse } from "../../../api/queries/files";
import { extOf } from "../choose";
import type { ViewerProps } from "../types";

export interface ImageSequence {
  images: readonly FileResponse[];
  index: number;
  hasNext: boolean;
  hasPrev: boolean;
  /** A listing page is loading because Next went past the last loaded image. */
  seeking: boolean;
  /** Lightbox paging is possible at all (a folder and a way to show another file). */
  paged: boolean;
  go: (dir: -1 | 1) => void;
}

export function useImageSequence(p: Pick<ViewerProps, "file" | "viewer" | "sequence" | "show">): ImageSequence {
  const { file, sequence, show } = p;
  const exts = p.viewer.exts;
  const images = useMemo(() => {
    const all = (sequence?.files ?? []).filter((f) => f.type === 0 && exts.includes(extOf(f.name)));
    return all.some((f) => f.id === file.id) ? all : [file];
  }, [sequence?.files, exts, file]);
  const index = images.findIndex((f) => f.id === file.id);
  // Paging past the last loaded image loads the next listing page; `arrived` turns true once it is
  // in the sequence, and the effect below then shows the next image or asks for another page.
  const [seek, setSeek] = useState<{ from: string; arrived: boolean } | null>(null);
  const seeking = seek !== null && seek.from === file.id;
  const paged = Boolean(sequence && show);
  const hasNext = paged && (index < images.length - 1 || Boolean(sequence?.hasMore));
  const hasPrev = paged && index > 0;
  const loadNextPage = useCallback(
    (from: string) => {
      if (!sequence) return;
      setSeek({ from, arrived: false });
      sequence.loadMore().then(
        () => setSeek((s) => (s && s.from === from ? { from, arrived: true } : s)),
        () => setSeek(null),
      );
    },
    [sequence],
  );

  // The image last asked for: a second key press before the first one's image rendered moves on
  // from there, not from the image still on screen.
  const requested = useRef(file.id);
  useEffect(() => {
    requested.current = file.id;
  }, [file.id]);
  const go = useCallback(
    (dir: -1 | 1) => {
      if (!paged || seeking) return;
      const from = images.findIndex((f) => f.id === requested.current);
      const at = from >= 0 ? from : index;
      const target = images[at + dir];
      if (target) {
        requested.current = target.id;
        show?.(target);
      } else if (dir === 1 && sequence?.hasMore && at === index) loadNextPage(file.id);
    },
    [paged, seeking, images, index, show, sequence?.hasMore, loadNextPage, file.id],
  );
  useEffect(() => {
    if (!seek?.arrived || seek.from !== file.id) return;
    const target = images[index + 1];
    if (target) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- reacting to the listing page that just arrived
      setSeek(null);
      show?.(target);
    } else if (sequence?.hasMore) loadNextPage(file.id);
    else setSeek(null);
  }, [seek, images, index, file.id, show, sequence?.hasMore, loadNextPage]);

  return { images, index, hasNext, hasPrev, seeking, paged, go };
}
