import { useRef, useState } from "react";
import type { PDFDocumentProxy } from "pdfjs-dist";

/**
 * Search across pages: from the page in view (or the last hit) onwards in the asked direction,
 * wrapping around; each page's text is extracted once and kept.
 */
export function usePdfSearch(pdf: PDFDocumentProxy | undefined, current: number, goTo: (page: number) => void) {
  const pages = pdf?.numPages ?? 0;
  const [query, setQueryState] = useState("");
  const texts = useRef(new Map<number, string>());
  const [hit, setHit] = useState<{ page: number; query: string } | null>(null);
  const [searching, setSearching] = useState(false);
  const [notFound, setNotFound] = useState(false);
  const setQuery = (q: string) => {
    setQueryState(q);
    setNotFound(false);
  };
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
  return { query, setQuery, hit, searching, notFound, find };
}

export type PdfSearch = ReturnType<typeof usePdfSearch>;
