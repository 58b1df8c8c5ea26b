// The mini player docked at the bottom of the app shell while music plays: it survives moving
// between folders and closing the music viewer, because the shell (not a page) mounts it.
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, Paper, Tooltip, Typography } from "@mui/material";
import CloseIcon from "@mui/icons-material/CloseRounded";
import { describeError } from "../../../api/errors";
import { useBottomDock } from "../../../shared/useBottomDock";
import { ModeButtons, SeekBar, TransportButtons, VolumeControl } from "./Controls";
import { Cover } from "./Cover";
import { player } from "./player";
import { trackInfo } from "./trackInfo";
import { usePlayer } from "./usePlayer";

export default function MiniPlayer() {
  const { t } = useTranslation("player");
  const s = usePlayer();
  const ref = useRef<HTMLElement>(null);
  // Pages leave room for the player, so it covers no status line or last row.
  useBottomDock(ref);
  const file = s.tracks[s.current];
  if (!file) return null;
  const info = trackInfo(file);
  return (
    <Paper
      ref={ref}
      component="section"
      aria-label={t("player:audio.region")}
      elevation={8}
      sx={{
        position: "fixed",
        bottom: { xs: "calc(8px + env(safe-area-inset-bottom))", sm: 16 },
        left: "50%",
        transform: "translateX(-50%)",
        width: "min(960px, calc(100% - 16px))",
        zIndex: (th) => th.zIndex.appBar,
        display: "flex",
        alignItems: "center",
        flexWrap: { xs: "wrap", md: "nowrap" },
        gap: 1,
        px: 1.5,
        py: 1,
      }}
    >
      <Cover src={s.cover} size={44} />
      <Box sx={{ minWidth: 0, flex: { xs: "1 1 0", md: "0 1 200px" } }}>
        <Typography variant="body2" noWrap sx={{ fontWeight: 500 }}>
          <bdi>{info.title}</bdi>
        </Typography>
        <Typography variant="caption" color={s.error ? "error" : "text.secondary"} noWrap component="p">
          {s.error ? t("player:audio.failed", { reason: describeError(s.error, t) }) : <bdi>{[info.artist, info.album].filter(Boolean).join(" — ")}</bdi>}
        </Typography>
      </Box>
      <TransportButtons s={s} />
      <Box sx={{ display: { xs: "none", sm: "flex" }, flex: 1, minWidth: 160 }}>
        <SeekBar s={s} />
      </Box>
      <Box sx={{ display: { xs: "none", md: "flex" }, alignItems: "center" }}>
        <ModeButtons s={s} />
        <VolumeControl s={s} />
      </Box>
      <Tooltip title={t("player:audio.close")}>
        <IconButton aria-label={t("player:audio.close")} onClick={() => player.stop()}>
          <CloseIcon />
        </IconButton>
      </Tooltip>
    </Paper>
  );
}
