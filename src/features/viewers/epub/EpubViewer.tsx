// EPUB: the book is read in the browser (the zip reader of the archive viewer, no library), one
// chapter at a time in a sandboxed frame that runs no script, laid out in columns one page wide so
// it turns page by page: buttons, ←/→ (also inside the page), the table of contents, the font size.
// Where the reader was is kept per file in this browser (position.ts).
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Box, Button, CircularProgress, IconButton, List, ListItemButton, ListItemText, Tooltip, Typography } from "@mui/material";
import PrevIcon from "@mui/icons-material/NavigateBeforeOutlined";
import NextIcon from "@mui/icons-material/NavigateNextOutlined";
import TocIcon from "@mui/icons-material/TocOutlined";
import SmallerIcon from "@mui/icons-material/TextDecreaseOutlined";
import LargerIcon from "@mui/icons-material/TextIncreaseOutlined";
import { describeError } from "../../../api/errors";
import { viewerQueries } from "../../../api/queries/viewers";
import { ViewerFrame } from "../frame/ViewerFrame";
import type { ViewerProps } from "../types";
import { fragmentOf, openBook, resolvePath } from "./book";
import { renderChapter, type Chapter } from "./chapter";
import { FONT_STEPS, loadFontSize, loadPosition, saveFontSize, savePosition } from "./position";

/** Where to land in a chapter once it is laid out. */
type Landing = { fraction: number } | { end: true } | { fragment: string };

const readerStyle = (fontSize: number) => `
html { height: 100%; overflow: hidden; }
body { margin: 0 !important; padding: 0 !important; height: 100vh; box-sizing: border-box;
  column-width: 100vw; column-gap: 0; column-fill: auto; font-size: ${fontSize}%; line-height: 1.6;
  overflow-wrap: break-word; color: #1f1f1f; background: #fff; }
img, svg, video { max-width: 100%; max-height: 96vh; object-fit: contain; }
a[data-book-href] { color: #0b57d0; }
`;

function ToolButton({
  label,
  icon,
  onClick,
  disabled,
  keys,
  placement,
}: {
  label: string;
  icon: React.ReactNode;
  onClick: () => void;
  disabled: boolean;
  keys?: string;
  placement?: "left" | "right";
}) {
  return (
    <Tooltip title={label} placement={placement}>
      <span>
        <IconButton color="inherit" aria-label={label} onClick={onClick} disabled={disabled} aria-keyshortcuts={keys}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

export default function EpubViewer(p: ViewerProps) {
  const { t } = useTranslation(["documents", "viewers"]);
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
  const b = book.data?.book;
  const start = book.data?.start;

  const [chosen, setChosen] = useState<number | null>(null);
  const chapterIdx = chosen ?? start?.chapter ?? null;
  // Where the next layout lands; null: where the reader left off.
  const landing = useRef<Landing | null>(null);
  const [fontSize, setFontSize] = useState(loadFontSize);
  const [page, setPage] = useState(0);
  const [pages, setPages] = useState(1);
  const [tocOpen, setTocOpen] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const pageRef = useRef({ page: 0, pages: 1 });

  const chapterPath = b && chapterIdx !== null ? b.spine[chapterIdx] : undefined;
  const chapter = useQuery({
    queryKey: ["viewers", "epub-chapter", src ?? "", chapterPath ?? "", fontSize],
    queryFn: () => renderChapter(b!, chapterPath!, readerStyle(fontSize)),
    enabled: Boolean(b && chapterPath),
    // The page on screen stays until the next one is ready (no flash, no new frame).
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const html = chapter.data?.html;
  // The chapter's pictures and styles are released when another chapter replaces it.
  const shown = useRef<Chapter | undefined>(undefined);
  useEffect(() => {
    const prev = shown.current;
    shown.current = chapter.data;
    if (prev && prev !== chapter.data) for (const u of prev.urls) URL.revokeObjectURL(u);
  }, [chapter.data]);
  useEffect(() => () => shown.current?.urls.forEach((u) => URL.revokeObjectURL(u)), []);

  const show = useCallback(
    (n: number, total: number) => {
      const win = frame.current?.contentWindow;
      const clamped = Math.max(0, Math.min(total - 1, n));
      if (win) win.document.scrollingElement!.scrollLeft = clamped * win.innerWidth;
      pageRef.current = { page: clamped, pages: total };
      setPage(clamped);
      setPages(total);
      if (chapterPath) savePosition(p.file.id, { chapter: chapterPath, fraction: total > 1 ? clamped / total : 0 });
    },
    [chapterPath, p.file.id],
  );

  /** Lays the chapter out again (after loading, resizing, a new font size) and lands where asked. */
  const layout = useCallback(() => {
    const win = frame.current?.contentWindow;
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
    const path = resolvePath("", href);
    const idx = b.spine.indexOf(path);
    if (idx >= 0) goChapter(idx, { fragment: fragmentOf(href) });
  };
  const keys = useRef<(e: { key: string; preventDefault: () => void; ctrlKey: boolean; metaKey: boolean; altKey: boolean }) => void>(() => {});
  useEffect(() => {
    keys.current = (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "ArrowRight" || e.key === "PageDown" || e.key === " ") next();
      else if (e.key === "ArrowLeft" || e.key === "PageUp") prev();
      else return;
      e.preventDefault();
    };
  });

  // The frame's own keys and links (it runs no script; the reader listens from here).
  const onFrameLoad = () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    doc.addEventListener("keydown", (e) => keys.current(e));
    doc.addEventListener("click", (e) => {
      const a = (e.target as Element | null)?.closest?.("a[data-book-href]");
      if (!a) return;
      e.preventDefault();
      goHrefRef.current(a.getAttribute("data-book-href") ?? "");
    });
    layout();
  };
  const goHrefRef = useRef(goHref);
  useEffect(() => {
    goHrefRef.current = goHref;
  });

  // A new size of the view lays the chapter out again at the same place.
  const box = useRef<HTMLDivElement>(null);
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
      const { page: n, pages: total } = pageRef.current;
      landing.current = { fraction: total > 1 ? n / total : 0 };
      layout();
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [layout]);

  const changeFont = (dir: 1 | -1) => {
    const i = FONT_STEPS.indexOf(fontSize);
    const n = FONT_STEPS[Math.max(0, Math.min(FONT_STEPS.length - 1, i + dir))]!;
    const { page: cur, pages: total } = pageRef.current;
    landing.current = { fraction: total > 1 ? cur / total : 0 };
    setFontSize(n);
    saveFontSize(n);
  };

  const error = url.error ?? book.error ?? chapter.error;
  const atStart = chapterIdx === 0 && page === 0;
  const atEnd = b ? chapterIdx === b.spine.length - 1 && page >= pages - 1 : true;
  const currentToc = b && chapterPath ? b.toc.filter((e) => resolvePath("", e.href) === chapterPath)[0] : undefined;

  return (
    <ViewerFrame
      title={p.file.name}
      mode={p.mode}
      close={p.close}
      download={p.mode === "dialog" ? p.download : undefined}
      onKeyDown={(e: KeyboardEvent) => {
        if ((e.target as HTMLElement).closest("input, textarea, [role=navigation]")) return;
        keys.current(e);
      }}
    >
      {error ? (
        <Alert severity="error" sx={{ m: 2 }}>
          {t("documents:epub.failed", { reason: describeError(error, t) })}
        </Alert>
      ) : !b || !html ? (
        <Box sx={{ flex: 1, display: "grid", placeItems: "center" }}>
          <CircularProgress aria-label={t("viewers:frame.loading")} />
        </Box>
      ) : (
        <>
          <Box
            role="toolbar"
            aria-label={t("documents:epub.toolbar")}
            sx={{ display: "flex", alignItems: "center", flexWrap: "wrap", gap: 0.5, px: 1, py: 0.5, borderBottom: 1, borderColor: "divider" }}
          >
            {b.toc.length > 0 && (
              <Button
                color="inherit"
                startIcon={<TocIcon aria-hidden />}
                aria-expanded={tocOpen}
                aria-controls="epub-toc"
                onClick={() => setTocOpen((o) => !o)}
              >
                {t("documents:epub.contents")}
              </Button>
            )}
            <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0, px: 1 }} aria-live="polite">
              {t("documents:epub.position", { chapter: (chapterIdx ?? 0) + 1, chapters: b.spine.length, page: page + 1, pages })}
              {currentToc ? ` · ${currentToc.label}` : ""}
            </Typography>
            <ToolButton label={t("documents:epub.smaller")} icon={<SmallerIcon />} onClick={() => changeFont(-1)} disabled={fontSize <= FONT_STEPS[0]!} />
            <Typography variant="body2" sx={{ minWidth: 44, textAlign: "center" }} aria-hidden>{`${fontSize}%`}</Typography>
            <ToolButton
              label={t("documents:epub.larger")}
              icon={<LargerIcon />}
              onClick={() => changeFont(1)}
              disabled={fontSize >= FONT_STEPS[FONT_STEPS.length - 1]!}
            />
          </Box>
          <Box sx={{ flex: 1, minHeight: 0, display: "flex" }}>
            {tocOpen && (
              <Box
                component="nav"
                id="epub-toc"
                aria-label={t("documents:epub.contents")}
                sx={{ width: { xs: "100%", sm: 280 }, flexShrink: 0, overflow: "auto", borderInlineEnd: 1, borderColor: "divider" }}
              >
                <List dense>
                  {b.toc.map((entry, i) => (
                    <ListItemButton
                      key={`${entry.href}-${i}`}
                      selected={entry === currentToc}
                      sx={{ pl: 2 + entry.depth * 2 }}
                      onClick={() => {
                        goHref(entry.href);
                        if (window.matchMedia("(max-width: 600px)").matches) setTocOpen(false);
                      }}
                    >
                      <ListItemText primary={entry.label} />
                    </ListItemButton>
                  ))}
                </List>
              </Box>
            )}
            <Box sx={{ flex: 1, minWidth: 0, display: { xs: tocOpen ? "none" : "flex", sm: "flex" }, alignItems: "stretch" }}>
              <ToolButton label={t("documents:epub.previous")} icon={<PrevIcon />} onClick={prev} disabled={atStart} keys="ArrowLeft" placement="right" />
              <Box ref={box} sx={{ flex: 1, minWidth: 0, py: 3, px: { xs: 1, sm: 4 }, bgcolor: "#fff", display: "flex" }}>
                <Box
                  component="iframe"
                  ref={frame}
                  srcDoc={html}
                  onLoad={onFrameLoad}
                  title={t("documents:epub.page", { name: b.title || p.file.name })}
                  // No script of the book runs; the reader reaches into the page from here.
                  sandbox="allow-same-origin"
                  sx={{ flex: 1, border: 0, width: "100%", height: "100%" }}
                />
              </Box>
              <ToolButton label={t("documents:epub.next")} icon={<NextIcon />} onClick={next} disabled={atEnd} keys="ArrowRight" placement="left" />
            </Box>
          </Box>
        </>
      )}
    </ViewerFrame>
  );
}
