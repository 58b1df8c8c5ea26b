// pdf.js, set up once: its worker is bundled by Vite as a worker script of its own (a .js file, so
// every server sends it with a JavaScript type), started when the first PDF opens.
import * as pdfjs from "pdfjs-dist";
import PdfWorker from "pdfjs-dist/build/pdf.worker.min.mjs?worker";
import type { PageSize } from "./PdfPage";

pdfjs.GlobalWorkerOptions.workerPort ??= new PdfWorker();

/** Opens a PDF from a signed URL and measures its pages (at scale 1), so the layout is known at once. */
export async function loadPdf(url: string) {
  // No eval (fonts compiled to functions): the app's content security stays as strict as it is.
  const pdf = await pdfjs.getDocument({ url, isEvalSupported: false, withCredentials: false }).promise;
  const sizes: PageSize[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const vp = (await pdf.getPage(n)).getViewport({ scale: 1 });
    sizes.push({ w: vp.width, h: vp.height });
  }
  return { pdf, sizes, first: sizes[0] ?? { w: 612, h: 792 } };
}
