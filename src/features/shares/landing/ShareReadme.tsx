import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import Markdown, { type Components } from "react-markdown";
import { Alert, Box, Paper, Typography } from "@mui/material";
import { api, unwrap } from "../../../api/client";
import { fetchFileText } from "../../../api/content";
import { describeError, isApiError } from "../../../api/errors";
import { shareKeys } from "../../../api/queries/shares";
import type { CrUri } from "../../../lib/uri";

const README = "README.md";

// The page has one h1 (the folder) and the panel's own title is an h2: the README's headings sit
// below it in the outline, two levels down (h1 → h3 … capped at h6), so screen readers' heading
// lists stay meaningful.
const demoted = (Tag: "h3" | "h4" | "h5" | "h6"): Components["h1"] =>
  function Heading({ node: _node, ...props }) {
    return <Tag {...props} />;
  };
const HEADINGS: Components = { h1: demoted("h3"), h2: demoted("h4"), h3: demoted("h5"), h4: demoted("h6"), h5: demoted("h6") };

/** The folder's README.md as text, or null when there is none. */
async function loadReadme(folder: CrUri, signal: AbortSignal): Promise<string | null> {
  const uri = folder.join(README).toString();
  try {
    await unwrap(api.GET("/file/info", { params: { query: { uri } }, signal }));
  } catch (e) {
    if (isApiError(e) && (e.code === 404 || e.code === 40016)) return null;
    throw e;
  }
  const { urls } = await unwrap(api.POST("/file/url", { body: { uris: [uri] }, signal }));
  const url = urls[0]?.url;
  if (!url) return null;
  return fetchFileText(url, signal);
}

/**
 * README.md of a shared folder, rendered as Markdown without raw HTML (react-markdown drops it and
 * neutralises script URLs), beside the files on wide screens and below them on narrow ones.
 */
export default function ShareReadme({ folder }: { folder: CrUri }) {
  const { t } = useTranslation("shares");
  const { data, error } = useQuery({
    queryKey: shareKeys.readme(folder.toString()),
    queryFn: ({ signal }) => loadReadme(folder, signal),
    retry: false,
    staleTime: 60_000,
  });
  if (!data && !error) return null;
  return (
    <Paper
      component="aside"
      variant="outlined"
      aria-labelledby="share-readme-title"
      sx={{ width: { xs: "auto", lg: 380 }, m: { xs: 1, sm: 2 }, p: 2, maxHeight: { lg: "calc(100dvh - 200px)" }, overflow: "auto", overflowWrap: "anywhere" }}
    >
      <Typography id="share-readme-title" variant="overline" component="h2" color="text.secondary">
        {t("readme.title")}
      </Typography>
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {t("readme.failed", { reason: describeError(error, t) })}
        </Alert>
      ) : (
        <Box sx={{ "& img": { maxWidth: "100%" }, "& pre": { overflow: "auto" }, typography: "body2" }}>
          <Markdown components={HEADINGS}>{data}</Markdown>
        </Box>
      )}
    </Paper>
  );
}
