import type { MouseEvent } from "react";
import { Link as RouterLink } from "react-router";
import { Box } from "@mui/material";
import { tagsOf, type FileResponse } from "../model/files";
import { tagSearchHref } from "./tagSearch";

/** Shown per row: a few tags are enough to recognise a file; Details lists them all. */
const MAX = 3;

/**
 * A file's tags as small links, each searching My files for that tag. The click stays with the
 * link (it does not also select the row).
 */
export function TagLinks({ file }: { file: FileResponse }) {
  const tags = tagsOf(file).slice(0, MAX);
  if (tags.length === 0) return null;
  const stop = (e: MouseEvent) => e.stopPropagation();
  return (
    <Box component="span" sx={{ display: "inline-flex", gap: 0.5, flexShrink: 1, minWidth: 0, overflow: "hidden" }}>
      {tags.map((tg) => (
        <Box
          key={tg.name}
          component={RouterLink}
          to={tagSearchHref(tg.name)}
          onClick={stop}
          onDoubleClick={stop}
          draggable={false}
          sx={{
            typography: "caption",
            lineHeight: "18px",
            px: 0.75,
            borderRadius: 9,
            border: 1,
            borderColor: "divider",
            color: "text.primary",
            textDecoration: "none",
            whiteSpace: "nowrap",
            overflow: "hidden",
            textOverflow: "ellipsis",
            maxWidth: 120,
            // Same test as palette.ts, inline so that module stays out of the list's chunk.
            borderLeft: /^#[0-9a-f]{3,8}$/i.test(tg.color) ? `6px solid ${tg.color}` : undefined,
            "&:hover": { bgcolor: "action.hover" },
          }}
        >
          <bdi>{tg.name}</bdi>
        </Box>
      ))}
    </Box>
  );
}
