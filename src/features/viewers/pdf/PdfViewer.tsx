// PDF: pdf.js (loaded with this viewer only) renders each page to a canvas when it scrolls near the
// view, with its text layer on top so text can be selected, copied and found. Zoom (fit width,
// steps, keys), page number and go-to-page, search across pages with previous / next.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Alert, Box, CircularProgress, IconButton, InputBase, Tooltip, Typography } from "@mui/material";
import ZoomInIcon from "@mui/icons-material/ZoomInOutlined";
import ZoomOutIcon from "@mui/icons-material/ZoomOutOutlined";
import FitIcon from "@mui/icons-material/FitScreenOutlined";
import UpIcon from "@mui/icons-material/KeyboardArrowUpOutlined";
import DownIcon from "@mui/icons-material/KeyboardArrowDownOutlined";
import ThumbsIcon from "@mui/icons-material/ViewSidebarOutlined";
import type { PDFDocumentProxy } from "pdfjs-dist";
import { viewerQueries } from "../../../api/queries/viewers";
import { describeError } from "../../../api/errors";
import { ViewerFrame } from "../frame/ViewerFrame";
import type { ViewerProps } from "../types";
import { PdfPage, type PageSize } from "./PdfPage";
import { PdfThumbnails } from "./PdfThumbnails";
import { loadPdf } from "./pdfjs";

const STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];
const GAP = 12;

export default function PdfViewer(p: ViewerProps) {
  const { t } = useTranslation(["viewers", "documents"]);
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
  const [pageInput, setPageInput] = useState<string | null>(null);
  const [thumbs, setThumbs] = useState(false);

  // ---- search
  const [query, setQuery] = useState("");
  const texts = useRef(new Map<number, string>());
  const [hit, setHit] = useState<{ page: number; query: string } | null>(null);
  const [searching, setSearching] = useState(false);
  const [notFound, setNotFound] = useState(false);
  const find = async (dir: 1 | -1) => {
    const q = query.trim().toLocaleLowerCase();
    if (!pdf || !q) return;
    setSearching(true);
    setNotFound(false);
    try {
      const start = hit && hit.query === q ? hit.page : current - dir;
      for (let k = 1; k <= pages; k++) {
        const n = ((((start - 1 + dir * k) % pages) + pages) % pages) + 1;
        let text = texts.current.get(n);
        if (text === undefined) {
          const content = await (await pdf.getPage(n)).getTextContent();
          text = content.items
            .map((it) => ("str" in it ? it.str : ""))
            .join(" ")
            .toLocaleLowerCase();
          texts.current.set(n, text);
        }
        if (text.includes(q)) {
          setHit({ page: n, query: q });
          goTo(n);
          return;
        }
      }
      setHit(null);
      setNotFound(true);
    } finally {
      setSearching(false);
    }
  };

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
  const error = url.error ?? doc.error;
  const button = (label: string, icon: React.ReactNode, onClick: () => void, disabled = false, keys?: string) => (
    <Tooltip title={label}>
      <span>
        <IconButton color="inherit" aria-label={label} onClick={onClick} disabled={disabled} aria-keyshortcuts={keys}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );

  const toolbar = pdf && (
    <Box sx={{ display: "flex", alignItems: "center", flexWrap: "wrap", gap: 0.5, px: 1, py: 0.5, borderBottom: 1, borderColor: "divider" }}>
      <Tooltip title={t("documents:pdf.thumbnails")}>
        <IconButton
          color="inherit"
          aria-label={t("documents:pdf.thumbnails")}
          aria-pressed={thumbs}
          onClick={() => setThumbs((v) => !v)}
          sx={{ display: { xs: "none", sm: "inline-flex" } }}
        >
          <ThumbsIcon />
        </IconButton>
      </Tooltip>
      <Box
        component="form"
        sx={{ display: "flex", alignItems: "center", gap: 0.5 }}
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(pageInput);
          if (Number.isInteger(n) && n >= 1 && n <= pages) goTo(n);
          setPageInput(null);
        }}
      >
        <InputBase
          value={pageInput ?? String(current)}
          onChange={(e) => setPageInput(e.target.value)}
          onBlur={() => setPageInput(null)}
          inputProps={{ "aria-label": t("pdf.page"), inputMode: "numeric", size: 3 }}
          sx={{ width: 48, px: 1, border: 1, borderColor: "divider", borderRadius: 1, "& input": { textAlign: "right", p: 0.25 } }}
        />
        <Typography variant="body2" aria-live="polite">
          {t("pdf.of", { count: pages })}
        </Typography>
      </Box>
      <Box sx={{ flex: 1 }} />
      {button(t("pdf.zoomOut"), <ZoomOutIcon />, () => step(-1), scale <= STEPS[0]!, "-")}
      <Typography variant="body2" sx={{ minWidth: 44, textAlign: "center" }} aria-hidden>{`${Math.round(scale * 100)}%`}</Typography>
      {button(t("pdf.zoomIn"), <ZoomInIcon />, () => step(1), scale >= STEPS[STEPS.length - 1]!, "+")}
      {button(t("pdf.fitWidth"), <FitIcon />, () => setZoom(null), zoom === null, "0")}
      <Box
        component="form"
        role="search"
        sx={{ display: "flex", alignItems: "center", ml: 1 }}
        onSubmit={(e) => {
          e.preventDefault();
          void find(1);
        }}
      >
        <InputBase
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setNotFound(false);
          }}
          placeholder={t("pdf.search")}
          inputProps={{ "aria-label": t("pdf.search"), "aria-invalid": notFound }}
          sx={{ width: { xs: 110, sm: 180 }, px: 1, border: 1, borderColor: notFound ? "error.main" : "divider", borderRadius: 1 }}
        />
        {button(t("pdf.previousMatch"), <UpIcon />, () => void find(-1), !query.trim() || searching)}
        {button(t("pdf.nextMatch"), <DownIcon />, () => void find(1), !query.trim() || searching)}
      </Box>
      <Box role="status" sx={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
        {notFound ? t("pdf.notFound", { query: query.trim() }) : hit ? t("pdf.found", { page: hit.page }) : ""}
      </Box>
    </Box>
  );

  return (
    <ViewerFrame title={p.file.name} mode={p.mode} close={p.close} download={p.mode === "dialog" ? p.download : undefined} onKeyDown={onKeyDown}>
      {toolbar}
      {error ? (
        <Alert severity="error" sx={{ m: 2 }}>
          {t("pdf.failed", { reason: describeError(error, t) })}
        </Alert>
      ) : !pdf ? (
        <Box sx={{ flex: 1, display: "grid", placeItems: "center" }}>
          <CircularProgress aria-label={t("frame.loading")} />
        </Box>
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
                highlight={hit?.page === i + 1 ? hit.query : ""}
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
