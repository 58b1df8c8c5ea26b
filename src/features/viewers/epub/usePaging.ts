import { useCallback, useEffect, useRef, useState } from "react";
import { fragmentOf, resolvePath, type Book } from "./book";
import { FONT_STEPS, loadFontSize, saveFontSize, savePosition } from "./position";

/** Where to land in a chapter once it is laid out. */
export type Landing = { fraction: number } | { end: true } | { fragment: string };

type Keyish = { key: string; preventDefault: () => void; ctrlKey: boolean; metaKey: boolean; altKey: boolean };

/**
 * Turning pages: the chapter is laid out in columns one view wide, a page is a horizontal scroll
 * position of the frame; past its first or last page the reader moves to the neighbouring chapter.
 * The position is saved per file as a fraction of the chapter, so a new width or font size lands
 * on the same text.
 */
export function usePaging(opts: { book: Book | undefined; start: { chapter: number; fraction: number } | undefined; fileId: string }) {
  const { book: b, start, fileId } = opts;
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const chapterIdx = chosen ?? start?.chapter ?? null;
  const chapterPath = b && chapterIdx !== null ? b.spine[chapterIdx] : undefined;
  // Where the next layout lands; null: where the reader left off.
  const landing = useRef<Landing | null>(null);
  const [fontSize, setFontSize] = useState(loadFontSize);
  const [page, setPage] = useState(0);
  const [pages, setPages] = useState(1);
  const pageRef = useRef({ page: 0, pages: 1 });

  const show = useCallback(
    (n: number, total: number) => {
      const win = frameRef.current?.contentWindow;
      const clamped = Math.max(0, Math.min(total - 1, n));
      if (win) win.document.scrollingElement!.scrollLeft = clamped * win.innerWidth;
      pageRef.current = { page: clamped, pages: total };
      setPage(clamped);
      setPages(total);
      if (chapterPath) savePosition(fileId, { chapter: chapterPath, fraction: total > 1 ? clamped / total : 0 });
    },
    [chapterPath, fileId],
  );

  /** Lays the chapter out again (after loading, resizing, a new font size) and lands where asked. */
  const layout = useCallback(() => {
    const win = frameRef.current?.contentWindow;
    if (!win) return;
    const doc = win.document;
    const width = win.innerWidth || 1;
    const total = Math.max(1, Math.round(doc.scrollingElement!.scrollWidth / width));
    const to = landing.current ?? { fraction: start?.fraction ?? 0 };
    let n = 0;
    if ("end" in to) n = total - 1;
    else if ("fragment" in to) {
      const el = to.fragment ? doc.getElementById(to.fragment) : null;
      if (el) n = Math.floor((el.getBoundingClientRect().left + doc.scrollingElement!.scrollLeft) / width);
    } else n = Math.round(to.fraction * total);
    show(n, total);
  }, [show, start]);

  /** Keeps the place (as a fraction of the chapter) for the next layout. */
  const keepPlace = () => {
    const { page: n, pages: total } = pageRef.current;
    landing.current = { fraction: total > 1 ? n / total : 0 };
  };

  const goChapter = (idx: number, to: Landing) => {
    if (!b || idx < 0 || idx >= b.spine.length) return;
    landing.current = to;
    if (idx === chapterIdx) layout();
    else setChosen(idx);
  };
  const next = () => {
    const { page: n, pages: total } = pageRef.current;
    if (n < total - 1) show(n + 1, total);
    else if (chapterIdx !== null) goChapter(chapterIdx + 1, { fraction: 0 });
  };
  const prev = () => {
    const { page: n, pages: total } = pageRef.current;
    if (n > 0) show(n - 1, total);
    else if (chapterIdx !== null) goChapter(chapterIdx - 1, { end: true });
  };
  const goHref = (href: string) => {
    if (!b) return;
    const idx = b.spine.indexOf(resolvePath("", href));
    if (idx >= 0) goChapter(idx, { fragment: fragmentOf(href) });
  };
  const changeFont = (dir: 1 | -1) => {
    const i = FONT_STEPS.indexOf(fontSize);
    const n = FONT_STEPS[Math.max(0, Math.min(FONT_STEPS.length - 1, i + dir))]!;
    keepPlace();
    setFontSize(n);
    saveFontSize(n);
  };

  // Listeners inside the frame outlive renders; they call the latest handlers through refs.
  const keysRef = useRef<(e: Keyish) => void>(() => {});
  const goHrefRef = useRef(goHref);
  useEffect(() => {
    keysRef.current = (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "ArrowRight" || e.key === "PageDown" || e.key === " ") next();
      else if (e.key === "ArrowLeft" || e.key === "PageUp") prev();
      else return;
      e.preventDefault();
    };
    goHrefRef.current = goHref;
  });

  // The frame's own keys and links (it runs no script; the reader listens from here).
  const onFrameLoad = () => {
    const doc = frameRef.current?.contentDocument;
    if (!doc) return;
    doc.addEventListener("keydown", (e) => keysRef.current(e));
    doc.addEventListener("click", (e) => {
      const a = (e.target as Element | null)?.closest?.("a[data-book-href]");
      if (!a) return;
      e.preventDefault();
      goHrefRef.current(a.getAttribute("data-book-href") ?? "");
    });
    layout();
  };

  const boxRef = useRelayoutOnResize(layout, keepPlace);

  return { frameRef, boxRef, keysRef, chapterIdx, chapterPath, fontSize, page, pages, next, prev, goHref, changeFont, onFrameLoad };
}

/** A new size of the view lays the chapter out again at the same place (not the first size seen). */
function useRelayoutOnResize(layout: () => void, keepPlace: () => void) {
  const box = useRef<HTMLDivElement>(null);
  const keep = useRef(keepPlace);
  useEffect(() => {
    keep.current = keepPlace;
  });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let size = "";
    const ro = new ResizeObserver(([entry]) => {
      const next = entry ? `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}` : "";
      const first = size === "";
      if (next === size) return;
      size = next;
      if (first) return;
      keep.current();
      layout();
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [layout]);
  return box;
}
