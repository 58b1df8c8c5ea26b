// EPUB: the book is read in the browser (the zip reader of the archive viewer, no library), one
// chapter at a time in a sandboxed frame that runs no script, laid out in columns one page wide so
// it turns page by page: buttons, ←/→ (also inside the page), the table of contents, the font size.
// Where the reader was is kept per file in this browser (position.ts).
import { useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box } from "@mui/material";
import PrevIcon from "@mui/icons-material/NavigateBeforeOutlined";
import NextIcon from "@mui/icons-material/NavigateNextOutlined";
import { describeError } from "../../../api/errors";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import { FrameSpinner } from "../frame/FrameStates";
import type { ViewerProps } from "../types";
import { resolvePath } from "./book";
import { ToolButton } from "../frame/ToolButton";
import { EpubToc, EpubToolbar } from "./EpubToolbar";
import { useBook, useChapter } from "./useBook";
import { usePaging } from "./usePaging";

export default function EpubViewer(p: ViewerProps) {
  const { t } = useTranslation(["documents", "viewers"]);
  const { src, book: b, start, error: bookError } = useBook(p);
  const { frameRef, boxRef, keysRef, chapterIdx, chapterPath, fontSize, page, pages, next, prev, goHref, changeFont, onFrameLoad } = usePaging({
    book: b,
    start,
    fileId: p.file.id,
  });
  const chapter = useChapter(b, src, chapterPath, fontSize);
  const html = chapter.html;
  const [tocOpen, setTocOpen] = useState(false);

  const error = bookError ?? chapter.error;
  const atStart = chapterIdx === 0 && page === 0;
  const atEnd = b ? chapterIdx === b.spine.length - 1 && page >= pages - 1 : true;
  const currentToc = b && chapterPath ? b.toc.filter((e) => resolvePath("", e.href) === chapterPath)[0] : undefined;

  return (
    <ViewerFrame
      {...frameProps(p)}
      onKeyDown={(e: KeyboardEvent) => {
        if ((e.target as HTMLElement).closest("input, textarea, [role=navigation]")) return;
        keysRef.current(e);
      }}
    >
      {error ? (
        <Alert severity="error" sx={{ m: 2 }}>
          {t("documents:epub.failed", { reason: describeError(error, t) })}
        </Alert>
      ) : !b || !html ? (
        <FrameSpinner />
      ) : (
        <>
          <EpubToolbar
            book={b}
            tocOpen={tocOpen}
            toggleToc={() => setTocOpen((o) => !o)}
            chapterIdx={chapterIdx}
            page={page}
            pages={pages}
            currentToc={currentToc}
            fontSize={fontSize}
            changeFont={changeFont}
          />
          <Box sx={{ flex: 1, minHeight: 0, display: "flex" }}>
            {tocOpen && <EpubToc book={b} current={currentToc} go={goHref} close={() => setTocOpen(false)} />}
            <Box sx={{ flex: 1, minWidth: 0, display: { xs: tocOpen ? "none" : "flex", sm: "flex" }, alignItems: "stretch" }}>
              <ToolButton label={t("documents:epub.previous")} icon={<PrevIcon />} onClick={prev} disabled={atStart} keys="ArrowLeft" placement="right" />
              <Box ref={boxRef} sx={{ flex: 1, minWidth: 0, py: 3, px: { xs: 1, sm: 4 }, bgcolor: "#fff", display: "flex" }}>
                <Box
                  component="iframe"
                  ref={frameRef}
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
