// Fixtures for the document viewers: EPUB books built in the test (zips come from support/zipFixture.ts),
// so every test makes exactly the file it needs (also on a real server).
import { zipFixture } from "./support/zipFixture";

export interface EpubChapter {
  title: string;
  /** XHTML body content. */
  body: string;
}

/** An EPUB 3 book: mimetype first and stored, a navigation document, a style sheet and a picture. */
export function epub(title: string, chapters: EpubChapter[], picture?: Buffer): Buffer {
  const xhtml = (head: string, body: string) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en"><head><title>${head}</title><link rel="stylesheet" href="../style/book.css"/></head><body>${body}</body></html>`;
  const items = chapters.map((_, i) => `<item id="c${i + 1}" href="text/ch${i + 1}.xhtml" media-type="application/xhtml+xml"/>`).join("");
  const spine = chapters.map((_, i) => `<itemref idref="c${i + 1}"/>`).join("");
  const nav = chapters.map((c, i) => `<li><a href="ch${i + 1}.xhtml">${c.title}</a></li>`).join("");
  return zipFixture([
    { name: "mimetype", data: "application/epub+zip" },
    {
      name: "META-INF/container.xml",
      data: `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
      deflate: true,
    },
    {
      name: "OEBPS/content.opf",
      data: `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">test-book</dc:identifier><dc:title>${title}</dc:title><dc:language>en</dc:language></metadata><manifest><item id="nav" href="text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="css" href="style/book.css" media-type="text/css"/><item id="pic" href="images/pic.png" media-type="image/png"/>${items}</manifest><spine>${spine}</spine></package>`,
      deflate: true,
    },
    { name: "OEBPS/text/nav.xhtml", data: xhtml("Contents", `<nav epub:type="toc"><ol>${nav}</ol></nav>`), deflate: true },
    { name: "OEBPS/style/book.css", data: "p.note { font-style: italic; } h1 { color: #333; }", deflate: true },
    ...(picture ? [{ name: "OEBPS/images/pic.png", data: picture }] : []),
    ...chapters.map((c, i) => ({ name: `OEBPS/text/ch${i + 1}.xhtml`, data: xhtml(c.title, `<h1>${c.title}</h1>${c.body}`), deflate: true })),
  ]);
}
