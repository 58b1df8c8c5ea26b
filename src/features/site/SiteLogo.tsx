import { useState } from "react";
import { Typography, useTheme, type TypographyProps } from "@mui/material";
import { useBasicSiteConfig } from "./siteConfig";

/**
 * The site's logo (the light variant on dark backgrounds, as the official client picks it), or its
 * name when there is no logo that loads. The name is the image's text alternative either way.
 */
export function SiteLogo({ height, textProps }: { height: number; textProps?: TypographyProps }) {
  const basic = useBasicSiteConfig();
  const dark = useTheme().palette.mode === "dark";
  const [broken, setBroken] = useState<string>();
  const title = basic?.title || "Cloudreve";
  const src = (dark ? basic?.logo_light : basic?.logo) || basic?.logo;
  if (src && broken !== src)
    return <img src={src} alt={title} onError={() => setBroken(src)} style={{ maxHeight: height, maxWidth: "70%", display: "block" }} />;
  return <Typography {...textProps}>{title}</Typography>;
}
