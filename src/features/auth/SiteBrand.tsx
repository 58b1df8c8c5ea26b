import { Box } from "@mui/material";
import { SiteLogo } from "../site";

/** The site's logo or name above the sign-in card. */
export function SiteBrand() {
  return (
    <Box sx={{ display: "flex", justifyContent: "center", mb: 3, minHeight: 40 }}>
      <SiteLogo height={40} textProps={{ component: "p", variant: "h6", sx: { fontWeight: 700, color: "primary.main" } }} />
    </Box>
  );
}
