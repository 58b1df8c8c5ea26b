// What a viewer's frame shows before its content is there: the one loading spinner of every
// viewer, and for the viewers that edit a file's text (Markdown, draw.io, Excalidraw) the states
// of reading that text.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, CircularProgress } from "@mui/material";
import { describeError } from "../../../api/errors";

/** A spinner in the middle of the frame's body. */
export function FrameSpinner() {
  const { t } = useTranslation("viewers");
  return (
    <Box sx={{ flex: 1, display: "grid", placeItems: "center" }}>
      <CircularProgress aria-label={t("frame.loading")} />
    </Box>
  );
}

interface TextRead {
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The body of a document viewer: nothing for a file too large to open (its notice says why), a
 * spinner while the text loads, the failure with Retry, and once the text is there `children()`.
 */
export function DocumentBody({ q, tooLarge, children }: { q: TextRead; tooLarge: boolean; children: () => ReactNode }) {
  const { t } = useTranslation("viewers");
  if (tooLarge) return null;
  if (q.isPending) return <FrameSpinner />;
  if (q.error)
    return (
      <Alert
        severity="error"
        sx={{ m: 2 }}
        action={
          <Button color="inherit" size="small" onClick={() => void q.refetch()}>
            {t("frame.retry")}
          </Button>
        }
      >
        {t("editor.loadFailed", { reason: describeError(q.error, t) })}
      </Alert>
    );
  return children();
}
