// Admin-written HTML (the site's custom footer and sidebar blocks) turned into React elements
// through an allowlist: text, links, images and plain formatting survive; scripts, event handlers,
// styles, forms and frames do not. Nothing is ever assigned to innerHTML.
import { createElement, type ReactNode } from "react";

const TAGS = new Set([
  "a",
  "abbr",
  "b",
  "blockquote",
  "br",
  "code",
  "del",
  "div",
  "em",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "i",
  "img",
  "li",
  "mark",
  "ol",
  "p",
  "pre",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "u",
  "ul",
]);
/** Elements whose content goes too: what is inside them is code or form state, not text. */
const DROP_WITH_CONTENT = new Set(["script", "style", "template", "iframe", "object", "embed", "noscript", "textarea", "select", "svg", "math"]);
const VOID = new Set(["br", "hr", "img"]);

/** http(s), mail and same-site addresses only: no javascript:, data: or other schemes. */
export function safeUrl(raw: string, base: string, images = false): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    if (!images && url.protocol === "mailto:") return url.href;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}

function props(el: Element, key: number, base: string): Record<string, unknown> | undefined {
  const tag = el.tagName.toLowerCase();
  const p: Record<string, unknown> = { key };
  const title = el.getAttribute("title");
  if (title) p.title = title;
  if (tag === "a") {
    const href = safeUrl(el.getAttribute("href") ?? "", base);
    if (href) {
      p.href = href;
      // Links leaving the site open apart from it and learn nothing about it.
      if (new URL(href).origin !== new URL(base).origin) Object.assign(p, { target: "_blank", rel: "noopener noreferrer" });
    }
  } else if (tag === "img") {
    const src = safeUrl(el.getAttribute("src") ?? "", base, true);
    if (!src) return undefined;
    p.src = src;
    p.alt = el.getAttribute("alt") ?? "";
    for (const dim of ["width", "height"]) {
      const v = el.getAttribute(dim);
      if (v && /^\d{1,4}$/.test(v)) p[dim] = Number(v);
    }
    p.loading = "lazy";
    p.referrerPolicy = "no-referrer";
  } else if (tag === "td" || tag === "th") {
    for (const span of ["colSpan", "rowSpan"]) {
      const v = el.getAttribute(span.toLowerCase());
      if (v && /^\d{1,2}$/.test(v)) p[span] = Number(v);
    }
  }
  return p;
}

function convert(node: Node, key: number, base: string): ReactNode {
  if (node.nodeType === 3) return node.textContent;
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  if (DROP_WITH_CONTENT.has(tag)) return null;
  const children = VOID.has(tag) ? [] : Array.from(el.childNodes, (c, i) => convert(c, i, base));
  // Unknown elements are unwrapped: their text stays, the element does not.
  if (!TAGS.has(tag)) return children.length ? createElement("span", { key }, ...children) : null;
  const p = props(el, key, base);
  if (!p) return null;
  return VOID.has(tag) ? createElement(tag, p) : createElement(tag, p, ...children);
}

/** The allowed part of `html` as React nodes; `base` resolves relative links (the page's origin). */
export function htmlToReact(html: string, base: string = location.href): ReactNode[] {
  if (!html.trim()) return [];
  const doc = new DOMParser().parseFromString(html, "text/html");
  return Array.from(doc.body.childNodes, (c, i) => convert(c, i, base));
}
