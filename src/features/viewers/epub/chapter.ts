// One chapter as a self-contained page for a sandboxed frame: scripts, event handlers, frames and
// forms are removed (the frame cannot run script anyway; this also keeps them out of the text),
// pictures, fonts and style sheets of the book become blob: URLs, links inside the book are marked
// for the reader to follow, and a policy allows nothing from outside the book.
import type { Book } from "./book";
import { resolvePath } from "./book";

export interface Chapter {
  html: string;
  /** blob: URLs made for this chapter; revoke them when it is left. */
  urls: string[];
}

const DROP = ["script", "iframe", "frame", "frameset", "object", "embed", "form", "input", "button", "textarea", "select", "base", "meta", "applet"];
const decoder = new TextDecoder();
const POLICY = "default-src 'none'; img-src blob: data:; media-src blob:; font-src blob: data:; style-src 'unsafe-inline' blob:";

/** Book CSS with its url(...) references turned into blob: URLs of the book's own files. */
async function rewriteCss(css: string, base: string, blob: (path: string) => Promise<string | undefined>): Promise<string> {
  const refs = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)];
  let out = css.replace(/@import[^;]+;/g, "");
  for (const m of refs) {
    const href = m[2]!;
    if (/^(data|blob):/i.test(href)) continue;
    const url = /^[a-z][a-z0-9+.-]*:/i.test(href) ? undefined : await blob(resolvePath(base, href));
    out = out.split(m[0]).join(url ? `url("${url}")` : "none");
  }
  return out;
}

/**
 * The chapter's page. `style` is the reader's own CSS (columns for paging, the font size), added
 * after the book's so it wins where they meet.
 */
export async function renderChapter(book: Book, path: string, style: string): Promise<Chapter> {
  const urls: string[] = [];
  const made = new Map<string, string | undefined>();
  const blob = async (p: string) => {
    if (made.has(p)) return made.get(p);
    const bytes = await book.read(p);
    const url = bytes ? URL.createObjectURL(new Blob([bytes as BlobPart], { type: book.typeOf(p) ?? "" })) : undefined;
    if (url) urls.push(url);
    made.set(p, url);
    return url;
  };
  const bytes = await book.read(path);
  const source = bytes ? decoder.decode(bytes) : "";
  let doc = new DOMParser().parseFromString(source, "application/xhtml+xml");
  if (doc.getElementsByTagName("parsererror").length > 0) doc = new DOMParser().parseFromString(source, "text/html");

  for (const tag of DROP) for (const el of [...doc.getElementsByTagNameNS("*", tag)]) el.remove();
  const styles: string[] = [];
  for (const el of [...doc.getElementsByTagNameNS("*", "link")]) {
    const href = el.getAttribute("href");
    if ((el.getAttribute("rel") ?? "").toLowerCase().includes("stylesheet") && href && !/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      const cssPath = resolvePath(path, href);
      const css = await book.read(cssPath);
      if (css) styles.push(await rewriteCss(decoder.decode(css), cssPath, blob));
    }
    el.remove();
  }
  for (const el of [...doc.getElementsByTagNameNS("*", "style")]) {
    styles.push(await rewriteCss(el.textContent ?? "", path, blob));
    el.remove();
  }
  for (const el of [...doc.getElementsByTagNameNS("*", "*")]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") || name === "srcset" || name === "formaction") el.removeAttribute(attr.name);
    }
    const local = el.localName;
    if (local === "img" || local === "source" || local === "audio" || local === "video") {
      const src = el.getAttribute("src");
      if (src) {
        const url = /^[a-z][a-z0-9+.-]*:/i.test(src) ? undefined : await blob(resolvePath(path, src));
        if (url) el.setAttribute("src", url);
        else el.removeAttribute("src");
      }
    } else if (local === "image") {
      // SVG <image href> or xlink:href.
      for (const attr of ["href", "xlink:href"]) {
        const src = el.getAttribute(attr);
        if (!src) continue;
        const url = /^[a-z][a-z0-9+.-]*:/i.test(src) ? undefined : await blob(resolvePath(path, src));
        if (url) el.setAttribute(attr, url);
        else el.removeAttribute(attr);
      }
    } else if (local === "a") {
      const href = el.getAttribute("href");
      if (href && !/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        // Links within the book are followed by the reader (data-book-href); the frame goes nowhere.
        const target = href.startsWith("#") ? `${path}${href}` : resolvePath(path, href) + (href.includes("#") ? href.slice(href.indexOf("#")) : "");
        el.setAttribute("data-book-href", target);
        el.setAttribute("href", "#");
      } else if (href) {
        el.setAttribute("target", "_blank");
        el.setAttribute("rel", "noopener noreferrer");
      }
    }
  }
  const body = doc.getElementsByTagNameNS("*", "body")[0] ?? doc.documentElement;
  const lang = doc.documentElement.getAttribute("xml:lang") ?? doc.documentElement.getAttribute("lang") ?? "";
  const dir = doc.documentElement.getAttribute("dir") ?? body.getAttribute("dir") ?? "";
  const inner = new XMLSerializer()
    .serializeToString(body)
    .replace(/^<body[^>]*>/, "")
    .replace(/<\/body>\s*$/, "");
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html${lang ? ` lang="${esc(lang)}"` : ""}${dir ? ` dir="${esc(dir)}"` : ""}><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY}"><style>${styles.join("\n")}</style><style>${style}</style></head><body>${inner}</body></html>`;
  return { html, urls };
}
