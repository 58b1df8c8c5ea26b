// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { htmlToReact, safeUrl } from "./safeHtml";

const BASE = "https://files.example.com/home";
const render = (html: string) => renderToStaticMarkup(<>{htmlToReact(html, BASE)}</>);

describe("htmlToReact", () => {
  it("keeps text, formatting, links and images", () => {
    expect(render('<p>Hello <strong>world</strong> <a href="/terms">Terms</a></p>')).toBe(
      '<p>Hello <strong>world</strong> <a href="https://files.example.com/terms">Terms</a></p>',
    );
    expect(render('<img src="/static/badge.png" alt="Badge" width="88">')).toBe(
      '<img src="https://files.example.com/static/badge.png" alt="Badge" width="88" loading="lazy" referrerPolicy="no-referrer"/>',
    );
  });

  it("opens links to other sites apart from this one", () => {
    expect(render('<a href="https://example.org/">Status</a>')).toBe('<a href="https://example.org/" target="_blank" rel="noopener noreferrer">Status</a>');
  });

  it("drops scripts, handlers, styles, frames, forms and dangerous addresses", () => {
    const out = render(
      '<script>alert(1)</script><style>body{display:none}</style><p onclick="alert(2)" style="position:fixed">x</p>' +
        '<a href="javascript:alert(3)">bad</a><img src="x" onerror="alert(4)"><img src="data:image/svg+xml,<svg onload=alert(5)>">' +
        '<iframe srcdoc="<b>x</b>"></iframe><form action="/x"><input name="a"></form><svg><script>alert(6)</script></svg>',
    );
    expect(out).not.toMatch(/alert|onclick|onerror|onload|style=|<script|<iframe|<form|<input|javascript:|data:/);
    expect(out).toContain("<p>x</p>");
    expect(out).toContain("<a>bad</a>");
  });

  it("unwraps elements it does not know, keeping their text", () => {
    expect(render("<marquee>Welcome</marquee>")).toBe("<span>Welcome</span>");
  });

  it("gives nothing for empty input", () => {
    expect(htmlToReact("   ", BASE)).toEqual([]);
  });
});

describe("safeUrl", () => {
  it("accepts http(s), mail and relative addresses; images only http(s)", () => {
    expect(safeUrl("mailto:admin@example.com", BASE)).toBe("mailto:admin@example.com");
    expect(safeUrl("mailto:admin@example.com", BASE, true)).toBeUndefined();
    expect(safeUrl(" JavaScript:alert(1)", BASE)).toBeUndefined();
    expect(safeUrl("", BASE)).toBeUndefined();
  });
});
