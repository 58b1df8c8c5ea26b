// The place a photo was taken, on a small map under its coordinates in Details. Map tiles come from
// the source chosen in the file-manager preferences; by default there is none, and the map library
// (with its styles) is not even loaded: Details then says so and leads to the setting.
import { lazy, Suspense, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { Box, Link, Typography } from "@mui/material";
import { useMapTileUrl } from "../prefs/explorerPrefs";
import type { Location } from "./mediaInfo";

const LocationMapView = lazy(() => import("./LocationMapView"));

export function LocationMap({ place }: { place: Location }) {
  const { t } = useTranslation("explorer");
  const tiles = useMapTileUrl();
  const after = useId();
  if (!tiles) {
    return (
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {t("info.map.off")}{" "}
        <Link component={RouterLink} to="/settings?tab=preference">
          {t("info.map.turnOn")}
        </Link>
      </Typography>
    );
  }
  return (
    <Box sx={{ mt: 1 }}>
      {/* Keyboard users reach the map's controls by Tab; this lets them pass it in one step. */}
      <Link
        href={`#${after}`}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById(after)?.focus();
        }}
        sx={{ position: "absolute", left: -9999, "&:focus": { position: "static", display: "inline-block", mb: 0.5 } }}
      >
        {t("info.map.skip")}
      </Link>
      <Suspense fallback={<Box sx={{ height: 180, borderRadius: 1, bgcolor: "action.hover" }} />}>
        <LocationMapView place={place} tiles={tiles} />
      </Suspense>
      <span id={after} tabIndex={-1} />
    </Box>
  );
}
