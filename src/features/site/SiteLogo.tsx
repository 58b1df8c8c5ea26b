import { Typography, useTheme, type TypographyProps } from "@mui/material";
import { useSiteLogo } from "./useSiteLogo";

/** The site's logo, or its name when there is no logo that loads. The name is the image's text alternative either way. */
export function SiteLogo({ height, textProps }: { height: number; textProps?: TypographyProps }) {
  const { src, title, onError } = useSiteLogo(useTheme().palette.mode === "dark");
  if (src) return <img src={src} alt={title} onError={onError} style={{ maxHeight: height, maxWidth: "70%", display: "block" }} />;
  return <Typography {...textProps}>{title}</Typography>;
}
