import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { Box, Link, Typography } from "@mui/material";
import OpenInNewIcon from "@mui/icons-material/OpenInNew";
import type { FileResponse } from "../../../api/queries/files";
import { siteQueries } from "../../../api/queries/site";
import { formatDate } from "../../../lib/format";
import { buildSearchQuery, tryParseUri } from "../../../lib/uri";
import { explorerHref } from "../nav/href";
import { LocationMap } from "./LocationMap";
import { apertureText, exposureText, focalText, formatDuration, locationOf, streamsOf, type Location } from "./mediaInfo";

type Meta = Record<string, string>;

/** A value that, clicked, lists the files whose metadata `key` holds the same value. */
function Searchable({ file, metaKey, value, children }: { file: FileResponse; metaKey: string; value: string; children?: ReactNode }) {
  const { t } = useTranslation("explorer");
  const root = tryParseUri(file.path ?? "")?.root();
  if (!root || root.fs === "trash") return <bdi>{children ?? value}</bdi>;
  const href = explorerHref(root.withSearch(buildSearchQuery({ metadata: { [metaKey]: value } })));
  return (
    <Link component={RouterLink} to={href} title={t("info.media.searchFor", { value })}>
      <bdi>{children ?? value}</bdi>
    </Link>
  );
}

function Rows({ title, rows }: { title: string; rows: [string, ReactNode][] }) {
  if (!rows.length) return null;
  return (
    <>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {title}
      </Typography>
      <Box component="dl" sx={{ mt: 1, mb: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ mb: 0.5 }}>
            <Box component="dt" sx={{ typography: "caption", color: "text.secondary" }}>
              {label}
            </Box>
            <Box component="dd" sx={{ m: 0, typography: "body2", overflowWrap: "anywhere" }}>
              {value}
            </Box>
          </Box>
        ))}
      </Box>
    </>
  );
}

/** The address of the place on the site's map service (the admin's choice, site config `map_provider`). */
function mapUrl(provider: string | undefined, { lat, lng }: Location): string {
  if (provider === "google") return `https://www.google.com/maps/search/?api=1&query=${lat},${lng}`;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`;
}

/**
 * Picture, sound and video facts the server extracted (camera, exposure, place; title, artist,
 * album; streams and duration). Each stored value is a link that searches for it. The place is
 * shown as coordinates with a link to the site's map service, and on a small map only when the user
 * chose a tile source (LocationMap.tsx).
 */
export function MediaInfo({ file }: { file: FileResponse }) {
  const { t, i18n } = useTranslation("explorer");
  const explorerConfig = useQuery(siteQueries.config("explorer"));
  const meta: Meta = file.metadata ?? {};
  const v = (k: string) => meta[k] || undefined;
  const search = (key: string, shown?: ReactNode) => {
    const value = v(key);
    return value === undefined ? undefined : (
      <Searchable file={file} metaKey={key} value={value}>
        {shown}
      </Searchable>
    );
  };
  const rows = (list: [string, ReactNode | undefined][]) => list.filter((r): r is [string, ReactNode] => r[1] !== undefined && r[1] !== null);

  // Many cameras repeat the make in the model ("Canon" + "Canon EOS R6"): say it once.
  const make = v("exif:camera_make");
  const model = v("exif:camera_model");
  const camera = make && model && !model.toLowerCase().startsWith(make.toLowerCase()) ? `${make} ${model}` : (model ?? make ?? "");
  const exposure = [
    v("exif:exposure_time") && exposureText(v("exif:exposure_time")!),
    v("exif:f") && apertureText(v("exif:f")!),
    v("exif:iso") && `ISO ${v("exif:iso")}`,
  ]
    .filter(Boolean)
    .join(" · ");
  const taken = v("exif:taken_at");
  const size = v("exif:x") && v("exif:y") ? `${v("exif:x")} × ${v("exif:y")}` : undefined;
  const place = locationOf(meta);
  const photo = rows([
    [t("info.media.camera"), camera ? (v("exif:camera_model") ? search("exif:camera_model", camera) : search("exif:camera_make")) : undefined],
    [t("info.media.lens"), search("exif:lens_model") ?? search("exif:lens_make")],
    [t("info.media.exposure"), exposure || undefined],
    [t("info.media.focalLength"), v("exif:focal_length") && focalText(v("exif:focal_length")!)],
    [t("info.media.taken"), taken ? formatDate(taken, i18n.language) || taken : undefined],
    [t("info.media.dimensions"), size],
    [t("info.media.artist"), search("exif:artist")],
    [t("info.media.software"), search("exif:software")],
    [
      t("info.media.location"),
      place && (
        <>
          <bdi dir="ltr">{`${place.lat.toFixed(5)}, ${place.lng.toFixed(5)}`}</bdi>{" "}
          <Link
            href={mapUrl(explorerConfig.data?.map_provider, place)}
            target="_blank"
            rel="noopener noreferrer"
            sx={{ display: "inline-flex", alignItems: "center", gap: 0.25 }}
          >
            {t("info.media.openMap")}
            <OpenInNewIcon sx={{ fontSize: 14 }} aria-label={t("info.media.newTab")} />
          </Link>
        </>
      ),
    ],
  ]);

  const music = rows([
    [t("info.media.title"), search("music:title")],
    [t("info.media.artist"), search("music:artist")],
    [t("info.media.album"), search("music:album")],
    [t("info.media.albumArtist"), search("music:album_artists")],
    [t("info.media.genre"), search("music:genre")],
    [t("info.media.year"), search("music:year")],
    [t("info.media.track"), v("music:track")],
  ]);

  const duration = Number(v("stream:duration"));
  const streams = streamsOf(meta);
  const video = rows([
    [t("info.media.format"), search("stream:format", v("stream:formatLong") ?? v("stream:format"))],
    [t("info.media.duration"), Number.isFinite(duration) && duration > 0 ? formatDuration(duration) : undefined],
    ...streams.map((s): [string, ReactNode] => [
      t("info.media.stream", {
        n: s.index + 1,
        type: t(`info.media.streamType.${s.type === "video" || s.type === "audio" || s.type === "subtitle" ? s.type : "other"}`),
      }),
      [s.codec, s.width && s.height ? `${s.width} × ${s.height}` : undefined].filter(Boolean).join(" · ") || "—",
    ]),
  ]);

  return (
    <>
      <Rows title={t("info.media.photo")} rows={photo} />
      {place && <LocationMap place={place} />}
      <Rows title={t("info.media.music")} rows={music} />
      <Rows title={t("info.media.video")} rows={video} />
    </>
  );
}
