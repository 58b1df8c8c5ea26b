// PDF: pdf.js (loaded with this viewer only) renders each page to a canvas when it scrolls near the
// view, with its text layer on top so text can be selected, copied and found. Zoom (fit width,
// steps, keys), page number and go-to-page, search across pages with previous / next.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Alert, Box } from "@mui/material";
import type { PDFDocumentProxy } from "pdfjs-dist";
import { viewerQueries } from "../../../api/queries/viewers";
import { describeError } from "../../../api/errors";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import { FrameSpinner } from "../frame/FrameStates";
import type { ViewerProps } from "../types";
import { PdfPage, type PageSize } from "./PdfPage";
import { PdfThumbnails } from "./PdfThumbnails";
import { PdfToolbar, STEPS } from "./PdfToolbar";
import { usePdfSearch } from "./usePdfSearch";
import { loadPdf } from "./pdfjs";

const GAP = 12;

/** The document behind the file's signed URL, with its page sizes. */
function usePdfDocument(p: ViewerProps) {
  const uri = p.file.path ?? "";
  const url = useQuery(viewerQueries.url(uri, { entity: p.version ?? p.file.primary_entity, contextHint: p.contextHint }));
  const src = url.data?.url;
  const doc = useQuery({
    queryKey: ["viewers", "pdf", src ?? ""],
    queryFn: () => loadPdf(src!),
    enabled: Boolean(src),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  return { doc, error: url.error ?? doc.error };
}

export default function PdfViewer(p: ViewerProps) {
  const { t } = useTranslation(["viewers", "documents"]);
  const { doc, error } = usePdfDocument(p);
  const pdf: PDFDocumentProxy | undefined = doc.data?.pdf;
  useEffect(() => () => void pdf?.destroy(), [pdf]);
  const first = doc.data?.first;

  // ---- zoom: null = fit the width of the view
  const scroller = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => e && setWidth(e.contentRect.width));
    ro.observe(el);
    return () => ro.disconnect();
  }, [pdf]);
  const [zoom, setZoom] = useState<number | null>(null);
  const fit = first && width ? Math.max(0.25, Math.min(4, (width - 2 * GAP) / first.w)) : 1;
  const scale = zoom ?? fit;
  const step = (dir: 1 | -1) => {
    const next = dir === 1 ? STEPS.find((s) => s > scale + 0.01) : [...STEPS].reverse().find((s) => s < scale - 0.01);
    setZoom(next ?? scale);
  };

  // ---- the page in view
  const [current, setCurrent] = useState(1);
  const pages = pdf?.numPages ?? 0;
  const pageEls = useRef(new Map<number, HTMLElement>());
  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const mid = el.scrollTop + el.clientHeight / 3;
    let n = 1;
    for (const [i, pe] of pageEls.current) if (pe.offsetTop <= mid && i > n) n = i;
    setCurrent(n);
  };
  const goTo = useCallback((n: number) => {
    const pe = pageEls.current.get(n);
    if (pe && scroller.current) scroller.current.scrollTop = pe.offsetTop - GAP;
  }, []);
  const [thumbs, setThumbs] = useState(false);

  const search = usePdfSearch(pdf, current, goTo);

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).closest("input")) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "+" || e.key === "=") step(1);
    else if (e.key === "-") step(-1);
    else if (e.key === "0") setZoom(null);
    else return;
    e.preventDefault();
  };

  const sizes: PageSize[] = useMemo(() => doc.data?.sizes ?? [], [doc.data]);
  const toolbar = pdf && (
    <PdfToolbar
      pages={pages}
      current={current}
      goTo={goTo}
      thumbs={thumbs}
      toggleThumbs={() => setThumbs((v) => !v)}
      scale={scale}
      zoom={zoom}
      step={step}
      fitWidth={() => setZoom(null)}
      search={search}
    />
  );

  return (
    <ViewerFrame {...frameProps(p)} onKeyDown={onKeyDown}>
      {toolbar}
      {error ? (
        <Alert severity="error" sx={{ m: 2 }}>
          {t("pdf.failed", { reason: describeError(error, t) })}
        </Alert>
      ) : !pdf ? (
        <FrameSpinner />
      ) : (
        <Box sx={{ flex: 1, minHeight: 0, display: "flex" }}>
          {thumbs && <PdfThumbnails pdf={pdf} sizes={sizes} current={current} goTo={goTo} />}
          <Box
            ref={scroller}
            onScroll={onScroll}
            tabIndex={0}
            role="document"
            aria-label={t("pdf.pages", { name: p.file.name })}
            sx={{ flex: 1, minHeight: 0, minWidth: 0, overflow: "auto", bgcolor: "action.hover", py: `${GAP}px`, position: "relative" }}
          >
            {sizes.map((size, i) => (
              <PdfPage
                key={i + 1}
                pdf={pdf}
                number={i + 1}
                size={size}
                scale={scale}
                root={scroller}
                highlight={search.hit?.page === i + 1 ? search.hit.query : ""}
                label={t("pdf.pageLabel", { page: i + 1, count: pages })}
                register={(el) => {
                  if (el) pageEls.current.set(i + 1, el);
                  else pageEls.current.delete(i + 1);
                }}
              />
            ))}
          </Box>
        </Box>
      )}
    </ViewerFrame>
  );
}
