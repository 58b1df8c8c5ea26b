// Markdown rendered as in the share README: react-markdown without raw HTML (tags in the text are
// dropped, never parsed) and with its URL filter (no `javascript:` and friends). Relative images
// load from the file's folder through signed URLs; relative links open the named file in the app.
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { useQuery } from "@tanstack/react-query";
import Markdown, { type Components } from "react-markdown";
import { Box, Link } from "@mui/material";
import { viewerQueries } from "../../../api/queries/viewers";
import type { CrUri } from "../../../lib/uri";
import { searchWith } from "../target";
import { isRelativePath, resolveRelative } from "./resolve";

// The viewer's title is the page's h2: the document's headings sit below it.
const demoted = (Tag: "h3" | "h4" | "h5" | "h6"): Components["h1"] =>
  function Heading({ node: _node, ...props }) {
    return <Tag {...props} />;
  };

function DriveImage({ folder, src, alt, title }: { folder: CrUri; src: string; alt: string; title?: string | undefined }) {
  const { t } = useTranslation("viewers");
  const uri = resolveRelative(folder, src);
  const q = useQuery({ ...viewerQueries.url(uri?.toString() ?? ""), enabled: Boolean(uri) });
  if (!uri || q.isError) return <span role="img" aria-label={alt || t("markdown.missingImage")}>{`[${alt || t("markdown.missingImage")}]`}</span>;
  if (!q.data?.url) return <span aria-hidden>{alt}</span>;
  return <img src={q.data.url} alt={alt} title={title} loading="lazy" />;
}

export const MarkdownView = memo(function MarkdownView({ text, folder }: { text: string; folder: CrUri | null }) {
  const components: Components = {
    h1: demoted("h3"),
    h2: demoted("h4"),
    h3: demoted("h5"),
    h4: demoted("h6"),
    h5: demoted("h6"),
    img: ({ node: _node, src, alt, title }) => {
      const s = typeof src === "string" ? src : "";
      if (folder && isRelativePath(s)) return <DriveImage folder={folder} src={s} alt={alt ?? ""} title={title} />;
      return s ? <img src={s} alt={alt ?? ""} title={title} loading="lazy" referrerPolicy="no-referrer" /> : null;
    },
    a: ({ node: _node, href, children }) => {
      const h = href ?? "";
      const target = folder && isRelativePath(h) ? resolveRelative(folder, h) : null;
      if (target) {
        const parent = target.parent();
        const to = `/home${searchWith(new URLSearchParams({ path: parent.toString() }), { open: target.name })}`;
        return (
          <Link component={RouterLink} to={to}>
            {children}
          </Link>
        );
      }
      if (h.startsWith("#") || !h) return <Link href={h || undefined}>{children}</Link>;
      return (
        <Link href={h} target="_blank" rel="noopener noreferrer">
          {children}
        </Link>
      );
    },
  };
  return (
    <Box
      sx={{
        typography: "body1",
        overflowWrap: "anywhere",
        "& img": { maxWidth: "100%" },
        "& pre": { overflow: "auto", p: 1.5, bgcolor: "action.hover", borderRadius: 1 },
        "& code": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: "0.9em" },
        "& blockquote": { borderLeft: 4, borderColor: "divider", m: 0, pl: 2, color: "text.secondary" },
        "& table": { borderCollapse: "collapse" },
        "& th, & td": { border: 1, borderColor: "divider", px: 1 },
      }}
    >
      <Markdown components={components}>{text}</Markdown>
    </Box>
  );
});
