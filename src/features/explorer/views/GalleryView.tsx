import { Box, useMediaQuery, useTheme } from "@mui/material";
import { useFolder } from "../ExplorerContext";
import { ItemName } from "./ItemName";
import { Thumb } from "./Thumb";
import { TileGrid, type TileRenderProps } from "./TileGrid";
import { SelectMark } from "./GridView";

/** Gallery: image-first square tiles whose size follows the folder's `gallery_width`. */
export function GalleryView({ label, pendingFocus }: { label: string; pendingFocus: { current: boolean } }) {
  const theme = useTheme();
  // Phones get small tiles whatever the folder says (as the official frontend does at ≤ 600 px).
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const { view } = useFolder();
  // Tiles need clear space between them to read as separate items (and to aim a tap between them).
  const geometry = { minWidth: phone ? Math.min(view.galleryWidth, 110) : view.galleryWidth, gap: phone ? 6 : 8, height: (w: number) => w };
  return <TileGrid label={label} geometry={geometry} renderTile={(p) => <GalleryTile {...p} />} pendingFocus={pendingFocus} />;
}

function GalleryTile({ file, width, selected }: TileRenderProps) {
  const { contextHint } = useFolder();
  return (
    <>
      <SelectMark selected={selected} />
      <Box sx={{ position: "absolute", inset: 0, display: "grid", placeItems: "center", bgcolor: "action.hover" }}>
        <Thumb file={file} hint={contextHint} iconSize={Math.max(24, Math.min(64, width / 3))} />
      </Box>
      <Box
        sx={{
          position: "absolute",
          left: 0,
          right: 0,
          bottom: 0,
          px: 1,
          py: 0.5,
          typography: "caption",
          color: "#fff",
          background: "linear-gradient(transparent, rgba(0,0,0,0.7))",
          display: width < 90 ? "none" : "flex",
          minWidth: 0,
        }}
      >
        <ItemName file={file} />
      </Box>
    </>
  );
}
