import { useState } from "react";
import { Box, Typography, useTheme } from "@mui/material";
import { useAuthConfig } from "./queries";

/**
 * The site's logo (the light variant on dark backgrounds, as the official client picks it), or its
 * name when there is no usable logo. The name is the image's text alternative either way.
 */
export function SiteBrand() {
  const { basic } = useAuthConfig();
  const dark = useTheme().palette.mode === "dark";
  const [broken, setBroken] = useState<string>();
  const title = basic?.title || "Cloudreve";
  const src = (dark ? basic?.logo_light : basic?.logo) || basic?.logo;
  return (
    <Box sx={{ display: "flex", justifyContent: "center", mb: 3, minHeight: 40 }}>
      {src && broken !== src ? (
        <img src={src} alt={title} onError={() => setBroken(src)} style={{ maxHeight: 40, maxWidth: "70%" }} />
      ) : (
        <Typography component="p" variant="h6" sx={{ fontWeight: 700, color: "primary.main" }}>
          {title}
        </Typography>
      )}
    </Box>
  );
}
