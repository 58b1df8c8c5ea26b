import { useMemo } from "react";
import { Box, type SxProps, type Theme } from "@mui/material";
import { htmlToReact } from "./safeHtml";

/** Admin-written HTML shown through the allowlist in safeHtml.ts. Its own chunk. */
export default function CustomHtml({ html, sx }: { html: string; sx?: SxProps<Theme> }) {
  const nodes = useMemo(() => htmlToReact(html), [html]);
  return (
    <Box
      sx={[
        { typography: "body2", color: "text.secondary", "& img": { maxWidth: "100%", height: "auto" }, "& a": { color: "primary.main" } },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {nodes}
    </Box>
  );
}
