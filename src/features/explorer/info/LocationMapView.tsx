// The map itself (Leaflet), in a chunk of its own with its styles: loaded only when a map is shown.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Box } from "@mui/material";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { OSM_TILES } from "../prefs/explorerPrefs";
import type { Location } from "./mediaInfo";

const ZOOM = 14;

/** The marker: a pin drawn with CSS, so no image files need resolving, named for screen readers. */
function markerIcon(label: string): L.DivIcon {
  const pin = document.createElement("span");
  pin.setAttribute("role", "img");
  pin.setAttribute("aria-label", label);
  pin.style.cssText =
    "display:block;width:18px;height:18px;border-radius:50% 50% 50% 0;transform:rotate(-45deg);background:#d32f2f;border:2px solid #fff;box-shadow:0 1px 3px rgba(0,0,0,.5)";
  return L.divIcon({ html: pin, className: "", iconSize: [18, 18], iconAnchor: [9, 22] });
}

export default function LocationMapView({ place, tiles }: { place: Location; tiles: string }) {
  const { t } = useTranslation("explorer");
  const box = useRef<HTMLDivElement>(null);
  const label = t("info.map.label");
  const markerLabel = t("info.map.marker", { lat: place.lat.toFixed(5), lng: place.lng.toFixed(5) });
  const zoomIn = t("info.map.zoomIn");
  const zoomOut = t("info.map.zoomOut");

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const map = L.map(el, { center: [place.lat, place.lng], zoom: ZOOM, zoomControl: false, attributionControl: true });
    L.control.zoom({ zoomInTitle: zoomIn, zoomOutTitle: zoomOut }).addTo(map);
    L.tileLayer(tiles, {
      maxZoom: 19,
      attribution: tiles === OSM_TILES ? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>' : undefined,
    }).addTo(map);
    L.marker([place.lat, place.lng], { icon: markerIcon(markerLabel), keyboard: false, interactive: false }).addTo(map);
    // Leaflet makes its container focusable for arrow-key panning; name it as the map.
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", label);
    return () => {
      map.remove();
    };
  }, [place.lat, place.lng, tiles, label, markerLabel, zoomIn, zoomOut]);

  return <Box ref={box} sx={{ height: 180, borderRadius: 1, overflow: "hidden", zIndex: 0, position: "relative" }} />;
}
