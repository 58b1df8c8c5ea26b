// An EPUB book from its bytes: the zip's container file names the package document (OPF), whose
// manifest and spine give the chapters in reading order; the table of contents comes from the
// EPUB 3 navigation document or, for EPUB 2, the NCX. Parsed as XML, never run.
import { memorySource, readDirectory, readEntry, type ByteSource, type ZipEntry } from "../archive/zip";

export interface TocEntry {
  label: string;
  /** Full path inside the book, with its #fragment if any. */
  href: string;
  depth: number;
}

export interface Book {
  title: string;
  /** Chapter paths in reading order. */
  spine: string[];
  toc: TocEntry[];
  /** Bytes of a file of the book, by full path; undefined when it is not there. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Media type the manifest gives a path. */
  typeOf(path: string): string | undefined;
}

export class EpubError extends Error {}

/** "OEBPS/text/ch1.xhtml" + "../images/a.png" → "OEBPS/images/a.png" (fragment and query kept off). */
export function resolvePath(base: string, href: string): string {
  const clean = href.split("#")[0]!.split("?")[0]!;
  let decoded = clean;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    // Not percent-encoded after all.
  }
  const parts = decoded.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const seg of decoded.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The fragment of an href ("ch1.xhtml#s2" → "s2"), or "". */
export const fragmentOf = (href: string) => (href.includes("#") ? href.slice(href.indexOf("#") + 1) : "");

const isExternal = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href);

const xml = (text: string, type: DOMParserSupportedType = "application/xml") => {
  const doc = new DOMParser().parseFromString(text, type);
  if (doc.getElementsByTagName("parsererror").length > 0 && type !== "text/html") throw new EpubError("malformed XML");
  return doc;
};
const byLocal = (root: Document | Element, name: string) => [...root.getElementsByTagNameNS("*", name)];
const decoder = new TextDecoder();

export async function openBook(bytes: Uint8Array): Promise<Book> {
  return openBookFrom(memorySource(bytes));
}

export async function openBookFrom(src: ByteSource): Promise<Book> {
  const entries = new Map<string, ZipEntry>();
  for (const e of await readDirectory(src)) if (!e.dir) entries.set(e.name.replace(/^\.?\//, ""), e);
  const read = async (path: string) => {
    const e = entries.get(path);
    return e ? readEntry(src, e) : undefined;
  };
  const text = async (path: string) => {
    const b = await read(path);
    if (!b) throw new EpubError(`missing ${path}`);
    return decoder.decode(b);
  };

  const container = xml(await text("META-INF/container.xml"));
  const opfPath = byLocal(container, "rootfile")[0]?.getAttribute("full-path");
  if (!opfPath) throw new EpubError("no package document");
  const opf = xml(await text(opfPath));
  const title = byLocal(opf, "title")[0]?.textContent?.trim() ?? "";

  const manifest = new Map<string, { path: string; type: string; props: string }>();
  const types = new Map<string, string>();
  for (const item of byLocal(opf, "item")) {
    const id = item.getAttribute("id");
    const href = item.getAttribute("href");
    if (!id || !href) continue;
    const path = resolvePath(opfPath, href);
    const type = item.getAttribute("media-type") ?? "";
    manifest.set(id, { path, type, props: item.getAttribute("properties") ?? "" });
    types.set(path, type);
  }
  const spineEl = byLocal(opf, "spine")[0];
  const spine = byLocal(opf, "itemref")
    .filter((r) => r.getAttribute("linear") !== "no")
    .map((r) => manifest.get(r.getAttribute("idref") ?? "")?.path)
    .filter((p): p is string => Boolean(p) && entries.has(p!));
  if (spine.length === 0) throw new EpubError("no chapters");

  let toc: TocEntry[] = [];
  const nav = [...manifest.values()].find((m) => m.props.split(/\s+/).includes("nav"));
  if (nav && entries.has(nav.path)) toc = navToc(xml(await text(nav.path), "application/xhtml+xml"), nav.path);
  const ncxId = spineEl?.getAttribute("toc");
  const ncx = ncxId ? manifest.get(ncxId) : [...manifest.values()].find((m) => m.type === "application/x-dtbncx+xml");
  if (toc.length === 0 && ncx && entries.has(ncx.path)) toc = ncxToc(xml(await text(ncx.path)), ncx.path);

  return { title, spine, toc, read, typeOf: (p) => types.get(p) };
}

/** EPUB 3: the <nav epub:type="toc"> list, nested lists giving the depth. */
function navToc(doc: Document, base: string): TocEntry[] {
  const navs = byLocal(doc, "nav");
  const nav =
    navs.find((n) => (n.getAttributeNS("http://www.idpf.org/2007/ops", "type") ?? n.getAttribute("epub:type") ?? "").split(/\s+/).includes("toc")) ?? navs[0];
  const out: TocEntry[] = [];
  const walk = (list: Element, depth: number) => {
    for (const li of [...list.children].filter((c) => c.localName === "li")) {
      const a = [...li.children].find((c) => c.localName === "a" || c.localName === "span");
      const href = a?.getAttribute("href");
      const label = a?.textContent?.replace(/\s+/g, " ").trim();
      if (a && href && label && !isExternal(href)) out.push({ label, href: resolvePath(base, href) + (fragmentOf(href) ? `#${fragmentOf(href)}` : ""), depth });
      const sub = [...li.children].find((c) => c.localName === "ol");
      if (sub) walk(sub, depth + 1);
    }
  };
  const ol = nav ? byLocal(nav, "ol")[0] : undefined;
  if (ol) walk(ol, 0);
  return out;
}

/** EPUB 2: the NCX navMap's navPoints. */
function ncxToc(doc: Document, base: string): TocEntry[] {
  const out: TocEntry[] = [];
  const walk = (parent: Element, depth: number) => {
    for (const point of [...parent.children].filter((c) => c.localName === "navPoint")) {
      const label = byLocal(point, "text")[0]?.textContent?.replace(/\s+/g, " ").trim();
      const src = [...point.children].find((c) => c.localName === "content")?.getAttribute("src");
      if (label && src) out.push({ label, href: resolvePath(base, src) + (fragmentOf(src) ? `#${fragmentOf(src)}` : ""), depth });
      walk(point, depth + 1);
    }
  };
  const map = byLocal(doc, "navMap")[0];
  if (map) walk(map, 0);
  return out;
}
