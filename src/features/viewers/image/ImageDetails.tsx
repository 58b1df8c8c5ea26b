import { useTranslation } from "react-i18next";
import { Box, IconButton, Typography } from "@mui/material";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import type { FileResponse } from "../../../api/queries/files";
import { formatBytes, formatDate } from "../../../lib/format";

/** EXIF facts the server extracted, in the order people look for them. */
const EXIF = ["taken_at", "camera_make", "camera_model", "lens_model", "exposure_time", "f", "focal_length", "iso", "software"] as const;

/** The lightbox's details: name, size, dimensions, dates and the server's EXIF metadata. */
export function ImageDetails({
  file,
  size,
  lng,
  onClose,
}: {
  file: FileResponse;
  size: { w: number; h: number } | undefined;
  lng: string;
  onClose: () => void;
}) {
  const { t } = useTranslation("viewers");
  const rows: [string, string][] = [
    [t("details.name"), file.name],
    [t("details.size"), formatBytes(file.size, lng)],
    ...(size ? ([[t("details.dimensions"), `${size.w} × ${size.h}`]] as [string, string][]) : []),
    [t("details.modified"), formatDate(file.updated_at, lng)],
    ...EXIF.flatMap((k): [string, string][] => {
      const v = file.metadata?.[`exif:${k}`];
      return v ? [[t(`details.exif.${k}`), v]] : [];
    }),
  ];
  return (
    <Box
      component="aside"
      aria-labelledby="image-details-title"
      sx={{
        width: { xs: "100%", sm: 300 },
        position: { xs: "absolute", sm: "relative" },
        inset: { xs: 0, sm: "auto" },
        bgcolor: "background.paper",
        color: "text.primary",
        overflow: "auto",
        p: 2,
        borderLeft: 1,
        borderColor: "divider",
      }}
    >
      <Box sx={{ display: "flex", alignItems: "center", mb: 1 }}>
        <Typography id="image-details-title" component="h3" variant="subtitle1" sx={{ flex: 1, fontWeight: 500 }}>
          {t("image.details")}
        </Typography>
        <IconButton aria-label={t("details.close")} onClick={onClose} size="small">
          <CloseIcon fontSize="small" />
        </IconButton>
      </Box>
      <Box component="dl" sx={{ m: 0, "& dt": { color: "text.secondary", typography: "body2", mt: 1.5 }, "& dd": { m: 0, overflowWrap: "anywhere" } }}>
        {rows.map(([k, v]) => (
          <Box key={k}>
            <dt>{k}</dt>
            <dd>
              <bdi>{v}</bdi>
            </dd>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
