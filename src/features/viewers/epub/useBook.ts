import { useEffect, useRef } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { viewerQueries } from "../../../api/queries/viewers";
import type { ViewerProps } from "../types";
import { openBook, type Book } from "./book";
import { renderChapter, type Chapter } from "./chapter";
import { loadPosition } from "./position";

const readerStyle = (fontSize: number) => `
html { height: 100%; overflow: hidden; }
body { margin: 0 !important; padding: 0 !important; height: 100vh; box-sizing: border-box;
  column-width: 100vw; column-gap: 0; column-fill: auto; font-size: ${fontSize}%; line-height: 1.6;
  overflow-wrap: break-word; color: #1f1f1f; background: #fff; }
img, svg, video { max-width: 100%; max-height: 96vh; object-fit: contain; }
a[data-book-href] { color: #0b57d0; }
`;

/** The book behind the file's signed URL, and where the reader left off in it. */
export function useBook(p: Pick<ViewerProps, "file" | "version" | "contextHint">) {
  const uri = p.file.path ?? "";
  const url = useQuery(viewerQueries.url(uri, { entity: p.version ?? p.file.primary_entity, contextHint: p.contextHint }));
  const src = url.data?.url;
  const book = useQuery({
    queryKey: ["viewers", "epub", src ?? ""],
    queryFn: async ({ signal }) => {
      const res = await fetch(src!, { signal, credentials: "omit" });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const opened = await openBook(new Uint8Array(await res.arrayBuffer()));
      // Start where the reader left off.
      const saved = loadPosition(p.file.id);
      const idx = saved ? opened.spine.indexOf(saved.chapter) : -1;
      return { book: opened, start: idx >= 0 ? { chapter: idx, fraction: saved!.fraction } : { chapter: 0, fraction: 0 } };
    },
    enabled: Boolean(src),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  return { src, book: book.data?.book, start: book.data?.start, error: url.error ?? book.error };
}

/** One chapter as a page of its own (pictures and styles as blob URLs, released when it is replaced). */
export function useChapter(book: Book | undefined, src: string | undefined, chapterPath: string | undefined, fontSize: number) {
  const chapter = useQuery({
    queryKey: ["viewers", "epub-chapter", src ?? "", chapterPath ?? "", fontSize],
    queryFn: () => renderChapter(book!, chapterPath!, readerStyle(fontSize)),
    enabled: Boolean(book && chapterPath),
    // The page on screen stays until the next one is ready (no flash, no new frame).
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const shown = useRef<Chapter | undefined>(undefined);
  useEffect(() => {
    const prev = shown.current;
    shown.current = chapter.data;
    if (prev && prev !== chapter.data) for (const u of prev.urls) URL.revokeObjectURL(u);
  }, [chapter.data]);
  useEffect(() => () => shown.current?.urls.forEach((u) => URL.revokeObjectURL(u)), []);
  return { html: chapter.data?.html, error: chapter.error };
}
