import { Box } from "@mui/material";
import NoteIcon from "@mui/icons-material/MusicNoteRounded";

/** The track's cover (the server's thumbnail of the file), or a note when it has none. */
export function Cover({ src, size }: { src: string | undefined; size: number }) {
  return (
    <Box
      sx={{ width: size, height: size, flexShrink: 0, borderRadius: 1, overflow: "hidden", bgcolor: "action.selected", display: "grid", placeItems: "center" }}
    >
      {src ? (
        // Decorative: the title beside it names the track.
        <Box component="img" src={src} alt="" sx={{ width: "100%", height: "100%", objectFit: "cover" }} />
      ) : (
        <NoteIcon sx={{ fontSize: size / 2, color: "text.secondary" }} aria-hidden />
      )}
    </Box>
  );
}
