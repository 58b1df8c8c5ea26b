// Content a browser would run as a page if it were opened from our origin: HTML, SVG and XML (which
// can carry XHTML or an XSLT that makes HTML). Such files are shown as text, SVG as an image (an
// <img> never runs script), or downloaded — never opened as a page, nor in a new tab, which would
// be our origin too wherever the storage does not sandbox it.
import { extOf } from "./choose";

const ACTIVE = new Set(["html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "xslt", "hta", "swf"]);

export const isActiveContent = (name: string) => ACTIVE.has(extOf(name));
