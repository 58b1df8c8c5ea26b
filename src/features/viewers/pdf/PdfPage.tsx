import { memo, useEffect, useRef, useState, type RefObject } from "react";
import { Box } from "@mui/material";
import { TextLayer, type PDFDocumentProxy, type RenderTask } from "pdfjs-dist";

export interface PageSize {
  w: number;
  h: number;
}

interface Props {
  pdf: PDFDocumentProxy;
  number: number;
  size: PageSize;
  scale: number;
  root: RefObject<HTMLDivElement | null>;
  /** Lower-case text to mark in this page's text layer ("" for none). */
  highlight: string;
  label: string;
  register: (el: HTMLElement | null) => void;
}

/**
 * One page: a box of the page's size at once (so scrolling and "go to page" work before anything is
 * drawn), the canvas and text layer drawn once it comes near the view, redrawn when the zoom changes.
 */
export const PdfPage = memo(function PdfPage({ pdf, number, size, scale, root, highlight, label, register }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const io = new IntersectionObserver(([e]) => e && setNear(e.isIntersecting), { root: root.current, rootMargin: "600px 0px" });
    io.observe(el);
    return () => io.disconnect();
  }, [root]);

  useEffect(() => {
    if (!near) return;
    let task: RenderTask | undefined;
    let layer: TextLayer | undefined;
    let live = true;
    void (async () => {
      const page = await pdf.getPage(number);
      if (!live || !canvas.current || !text.current) return;
      const viewport = page.getViewport({ scale });
      const dpr = window.devicePixelRatio || 1;
      const c = canvas.current;
      c.width = Math.floor(viewport.width * dpr);
      c.height = Math.floor(viewport.height * dpr);
      task = page.render({ canvasContext: c.getContext("2d")!, canvas: c, viewport, ...(dpr !== 1 ? { transform: [dpr, 0, 0, dpr, 0, 0] } : {}) });
      await task.promise.catch(() => undefined);
      if (!live) return;
      text.current.replaceChildren();
      layer = new TextLayer({ textContentSource: page.streamTextContent(), container: text.current, viewport });
      await layer.render().catch(() => undefined);
      if (live) setDrawn((d) => d + 1);
    })();
    return () => {
      live = false;
      task?.cancel();
      layer?.cancel();
    };
  }, [near, pdf, number, scale]);

  // Found text: the text layer's pieces containing it are marked.
  useEffect(() => {
    const layer = text.current;
    if (!layer) return;
    for (const span of layer.querySelectorAll("span")) {
      const hit = highlight !== "" && (span.textContent ?? "").toLocaleLowerCase().includes(highlight);
      span.classList.toggle("pdf-match", hit);
    }
  }, [highlight, drawn]);

  return (
    <Box
      ref={(el: HTMLDivElement | null) => {
        box.current = el;
        register(el);
      }}
      role="region"
      aria-label={label}
      data-page={number}
      sx={{
        position: "relative",
        mx: "auto",
        mb: "12px",
        width: size.w * scale,
        height: size.h * scale,
        bgcolor: "#fff",
        boxShadow: 1,
        "--total-scale-factor": String(scale),
        "& canvas": { position: "absolute", inset: 0, width: "100%", height: "100%" },
        "& .textLayer": {
          position: "absolute",
          inset: 0,
          overflow: "clip",
          lineHeight: 1,
          textAlign: "initial",
          transformOrigin: "0 0",
          zIndex: 0,
          "--min-font-size": 1,
          "--text-scale-factor": "calc(var(--total-scale-factor) * var(--min-font-size))",
          "--min-font-size-inv": "calc(1 / var(--min-font-size))",
        },
        "& .textLayer :is(span, br)": { color: "transparent", position: "absolute", whiteSpace: "pre", cursor: "text", transformOrigin: "0% 0%" },
        "& .textLayer > :not(.markedContent), & .textLayer .markedContent span:not(.markedContent)": {
          zIndex: 1,
          fontSize: "calc(var(--text-scale-factor) * var(--font-height, 0px))",
          transform: "rotate(var(--rotate, 0deg)) scaleX(var(--scale-x, 1)) scale(var(--min-font-size-inv))",
        },
        "& .textLayer .markedContent": { display: "contents" },
        "& .textLayer ::selection": { bgcolor: "rgba(0, 0, 255, 0.25)" },
        "& .textLayer br::selection": { bgcolor: "transparent" },
        "& .textLayer .pdf-match": { bgcolor: "rgba(255, 200, 0, 0.45)", borderRadius: "2px" },
      }}
    >
      <canvas ref={canvas} aria-hidden />
      <div ref={text} className="textLayer" />
    </Box>
  );
});
