import { lazy, Suspense } from "react";
import type { SxProps, Theme } from "@mui/material";
import { useBasicSiteConfig, type CustomHtmlSlot } from "./siteConfig";

const CustomHtml = lazy(() => import("./CustomHtml"));

/**
 * The site's custom HTML for one place (newer servers' `custom_html`), or nothing. The sanitizer
 * loads only on sites that use it.
 */
export function SiteHtml({ slot, sx }: { slot: CustomHtmlSlot; sx?: SxProps<Theme> }) {
  const html = useBasicSiteConfig()?.custom_html?.[slot];
  if (!html?.trim()) return null;
  return (
    <Suspense fallback={null}>
      <CustomHtml html={html} sx={sx} />
    </Suspense>
  );
}
