// The PDF viewer's page thumbnails: a column of small pages beside the document, each drawn only
// once it scrolls into the column's view, the page in view marked; a click goes to the page.
import { memo, useEffect, useRef, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { Box, ButtonBase, Typography } from "@mui/material";
import type { PDFDocumentProxy, RenderTask } from "pdfjs-dist";
import type { PageSize } from "./PdfPage";

const WIDTH = 112;

const Thumb = memo(function Thumb({
  pdf,
  number,
  size,
  current,
  root,
  goTo,
}: {
  pdf: PDFDocumentProxy;
  number: number;
  size: PageSize;
  current: boolean;
  root: RefObject<HTMLElement | null>;
  goTo: (n: number) => void;
}) {
  const { t } = useTranslation("documents");
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLButtonElement>(null);
  const [near, setNear] = useState(false);
  const scale = WIDTH / size.w;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const io = new IntersectionObserver(([e]) => e?.isIntersecting && setNear(true), { root: root.current, rootMargin: "300px 0px" });
    io.observe(el);
    return () => io.disconnect();
  }, [root]);

  useEffect(() => {
    if (!near) return;
    let task: RenderTask | undefined;
    let live = true;
    void (async () => {
      const page = await pdf.getPage(number);
      const c = canvas.current;
      if (!live || !c) return;
      const viewport = page.getViewport({ scale });
      const dpr = window.devicePixelRatio || 1;
      c.width = Math.floor(viewport.width * dpr);
      c.height = Math.floor(viewport.height * dpr);
      task = page.render({ canvasContext: c.getContext("2d")!, canvas: c, viewport, ...(dpr !== 1 ? { transform: [dpr, 0, 0, dpr, 0, 0] } : {}) });
      await task.promise.catch(() => undefined);
    })();
    return () => {
      live = false;
      task?.cancel();
    };
  }, [near, pdf, number, scale]);

  // The marked thumbnail stays in the column's view as the document scrolls.
  useEffect(() => {
    if (current) box.current?.scrollIntoView({ block: "nearest" });
  }, [current]);

  return (
    <ButtonBase
      ref={box}
      onClick={() => goTo(number)}
      aria-label={t("documents:pdf.goTo", { page: number })}
      aria-current={current ? "page" : undefined}
      sx={{
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        gap: 0.5,
        p: 1,
        borderRadius: 1,
        mx: "auto",
        bgcolor: current ? "action.selected" : undefined,
        "&:focus-visible": { outline: 2, outlineColor: "primary.main" },
      }}
    >
      <Box sx={{ width: WIDTH, height: size.h * scale, bgcolor: "#fff", boxShadow: 1, outline: current ? 2 : 0, outlineColor: "primary.main" }}>
        <canvas ref={canvas} aria-hidden style={{ width: "100%", height: "100%", display: "block" }} />
      </Box>
      <Typography variant="caption" aria-hidden>
        {number}
      </Typography>
    </ButtonBase>
  );
});

export function PdfThumbnails({ pdf, sizes, current, goTo }: { pdf: PDFDocumentProxy; sizes: PageSize[]; current: number; goTo: (n: number) => void }) {
  const { t } = useTranslation("documents");
  const root = useRef<HTMLElement>(null);
  return (
    <Box
      component="nav"
      ref={root}
      aria-label={t("documents:pdf.thumbnails")}
      sx={{ width: WIDTH + 40, flexShrink: 0, overflow: "auto", borderInlineEnd: 1, borderColor: "divider", py: 1, display: { xs: "none", sm: "block" } }}
    >
      {sizes.map((size, i) => (
        <Thumb key={i + 1} pdf={pdf} number={i + 1} size={size} current={current === i + 1} root={root} goTo={goTo} />
      ))}
    </Box>
  );
}
