import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import Markdown, { type Components } from "react-markdown";
import { Alert, Box, Button, Paper, Typography } from "@mui/material";
import ImageIcon from "@mui/icons-material/ImageOutlined";
import { describeError } from "../../../api/errors";
import { shareReadmeQuery } from "../../../api/queries/shareLanding";
import type { CrUri } from "../../../lib/uri";
import { isRemoteImage, mayShowRemoteImages } from "./remoteImages";

// The page has one h1 (the folder) and the panel's own title is an h2: the README's headings sit
// below it in the outline, two levels down (h1 → h3 … capped at h6), so screen readers' heading
// lists stay meaningful.
const demoted = (Tag: "h3" | "h4" | "h5" | "h6"): Components["h1"] =>
  function Heading({ node: _node, ...props }) {
    return <Tag {...props} />;
  };
const HEADINGS: Components = { h1: demoted("h3"), h2: demoted("h4"), h3: demoted("h5"), h4: demoted("h6"), h5: demoted("h6") };

/**
 * Pictures from other sites would tell them who reads the share and when: until the visitor asks
 * for them, a remote picture is its alternative text in a frame, and nothing is requested.
 */
function components(loadImages: boolean, blockedLabel: string): Components {
  if (loadImages) return HEADINGS;
  return {
    ...HEADINGS,
    img: function BlockedImage({ node: _node, src, alt, ...props }) {
      if (typeof src === "string" && !isRemoteImage(src, window.location.origin)) return <img src={src} alt={alt ?? ""} {...props} />;
      return (
        <Box
          component="span"
          role="img"
          aria-label={alt ? `${blockedLabel}: ${alt}` : blockedLabel}
          sx={{
            display: "inline-flex",
            alignItems: "center",
            gap: 0.5,
            px: 1,
            py: 0.25,
            border: 1,
            borderStyle: "dashed",
            borderColor: "divider",
            borderRadius: 1,
            color: "text.secondary",
          }}
        >
          <ImageIcon fontSize="small" aria-hidden />
          {alt}
        </Box>
      );
    },
  };
}

/**
 * A shared folder's README.md (rendered as Markdown without raw HTML: react-markdown drops it and
 * neutralises script URLs) or README.txt (shown as it is), beside the files on wide screens and
 * below them on narrow ones.
 */
export default function ShareReadme({ folder }: { folder: CrUri }) {
  const { t } = useTranslation("shares");
  const { data, error } = useQuery(shareReadmeQuery(folder.toString()));
  const [loadImages, setLoadImages] = useState(false);
  if (!data && !error) return null;
  const hasRemoteImages = data?.kind === "markdown" && mayShowRemoteImages(data.text);
  return (
    <Paper
      component="aside"
      variant="outlined"
      aria-labelledby="share-readme-title"
      sx={{ width: { xs: "auto", lg: 380 }, m: { xs: 1, sm: 2 }, p: 2, maxHeight: { lg: "calc(100dvh - 200px)" }, overflow: "auto", overflowWrap: "anywhere" }}
    >
      <Typography id="share-readme-title" variant="overline" component="h2" color="text.secondary">
        {data?.name ?? t("readme.title")}
      </Typography>
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {t("readme.failed", { reason: describeError(error, t) })}
        </Alert>
      ) : data?.kind === "text" ? (
        <Box component="pre" sx={{ typography: "body2", fontFamily: "monospace", whiteSpace: "pre-wrap", m: 0 }}>
          {data.text}
        </Box>
      ) : (
        <>
          {hasRemoteImages && !loadImages && (
            <Alert
              severity="info"
              icon={<ImageIcon aria-hidden />}
              sx={{ my: 1 }}
              action={
                <Button color="inherit" size="small" onClick={() => setLoadImages(true)}>
                  {t("readme.loadImages")}
                </Button>
              }
            >
              {t("readme.imagesBlocked")}
            </Alert>
          )}
          <Box sx={{ "& img": { maxWidth: "100%" }, "& pre": { overflow: "auto" }, typography: "body2" }}>
            <Markdown components={components(loadImages, t("readme.imageBlocked"))}>{data?.text}</Markdown>
          </Box>
        </>
      )}
    </Paper>
  );
}
