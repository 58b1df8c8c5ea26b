import { useTranslation } from "react-i18next";
import { Box, Typography, useMediaQuery, useTheme } from "@mui/material";
import CheckIcon from "@mui/icons-material/CheckCircle";
import UncheckedIcon from "@mui/icons-material/RadioButtonUncheckedOutlined";
import { formatBytes } from "../../../lib/format";
import { useFolder } from "../ExplorerContext";
import { isUploading } from "../model/files";
import { folderOf } from "./columns";
import { FileIcon } from "./FileIcon";
import { ItemName } from "./ItemName";
import { Thumb } from "./Thumb";
import { TileGrid, type TileRenderProps } from "./TileGrid";

const NAME_AREA = 52;

/** Grid view: tiles with a thumbnail (or icon), the name and one line of detail. */
export function GridView({ label, pendingFocus }: { label: string; pendingFocus: { current: boolean } }) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const { view } = useFolder();
  const geometry = {
    minWidth: phone ? 140 : 176,
    gap: phone ? 8 : 12,
    height: (w: number) => (view.thumbnail ? Math.round(w * 0.62) : 56) + NAME_AREA,
  };
  return <TileGrid label={label} geometry={geometry} renderTile={(p) => <GridTile {...p} />} pendingFocus={pendingFocus} />;
}

export function SelectMark({ selected }: { selected: boolean }) {
  return (
    <Box
      data-toggle=""
      sx={{
        position: "absolute",
        top: 4,
        left: 4,
        zIndex: 1,
        width: 28,
        height: 28,
        display: "grid",
        placeItems: "center",
        borderRadius: "50%",
        bgcolor: selected ? "background.paper" : "rgba(0,0,0,0.25)",
        color: selected ? "primary.main" : "#fff",
        opacity: selected ? 1 : 0,
        transition: "opacity 120ms",
        "[role=option]:hover &, [role=option]:focus-visible &": { opacity: 1 },
        "@media (hover: none)": { opacity: selected ? 1 : 0 },
      }}
    >
      {selected ? <CheckIcon fontSize="small" aria-hidden /> : <UncheckedIcon fontSize="small" aria-hidden />}
    </Box>
  );
}

function GridTile({ file, height, selected }: TileRenderProps) {
  const { t, i18n } = useTranslation("explorer");
  const { contextHint, view, uri, rootName } = useFolder();
  const thumbHeight = height - NAME_AREA;
  const detail = uri.isSearch ? folderOf(file, rootName) : file.type === 1 ? t("kinds.folder") : formatBytes(file.size, i18n.language);
  return (
    <>
      <SelectMark selected={selected} />
      <Box sx={{ height: thumbHeight, display: "grid", placeItems: "center", bgcolor: "action.hover", overflow: "hidden" }}>
        {view.thumbnail ? <Thumb file={file} hint={contextHint} iconSize={Math.min(56, thumbHeight - 8)} /> : <FileIcon file={file} size={36} />}
      </Box>
      <Box sx={{ px: 1, py: 0.5, height: NAME_AREA, display: "flex", flexDirection: "column", justifyContent: "center", minWidth: 0 }}>
        <Typography component="div" variant="body2" sx={{ fontWeight: 500, minWidth: 0, display: "flex" }}>
          <ItemName file={file} />
        </Typography>
        <Typography component="div" variant="caption" color={isUploading(file) ? "warning.main" : "text.secondary"} noWrap>
          {isUploading(file) ? t("status.uploading") : <bdi>{detail}</bdi>}
        </Typography>
      </Box>
    </>
  );
}
