// The music viewer: opening a sound file plays the folder's sound files as a playlist in the app's
// one player (player.ts), and shows it large — cover, tags, controls and the playlist. Closing it
// leaves the music playing in the mini player at the bottom of the app.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, List, ListItem, ListItemButton, ListItemText, Typography } from "@mui/material";
import { describeError } from "../../../api/errors";
import { extOf } from "../choose";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import type { ViewerProps } from "../types";
import { ModeButtons, SeekBar, TransportButtons, VolumeControl } from "./Controls";
import { Cover } from "./Cover";
import { listingPages } from "./more";
import { player } from "./player";
import { trackInfo } from "./trackInfo";
import { usePlayer } from "./usePlayer";

export default function MusicViewer(p: ViewerProps) {
  const { t } = useTranslation("player");
  const qc = useQueryClient();
  const s = usePlayer();
  const { file, sequence, contextHint, version } = p;
  const exts = p.viewer.exts;

  // Start the folder's playlist at this file, unless the player is already playing this very file
  // (the viewer reopened from the same folder).
  useEffect(() => {
    if (player.currentFile()?.id === file.id && !version) return;
    const isTrack = (name: string) => exts.includes(extOf(name));
    const listed = version ? [] : (sequence?.files ?? []).filter((f) => f.type === 0 && isTrack(f.name));
    const tracks = listed.some((f) => f.id === file.id) ? listed : [version ? { ...file, primary_entity: version } : file];
    const at = sequence?.continuation?.();
    player.accepts = isTrack;
    player.start({
      qc,
      tracks,
      current: tracks.findIndex((f) => f.id === file.id),
      contextHint,
      more: at && !version ? listingPages(at.uri, at.params, at.next) : null,
    });
    // Only a different file restarts the playlist; the listing growing underneath does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file.id, version]);

  const current = s.tracks[s.current] ?? file;
  const info = trackInfo(current);
  return (
    <ViewerFrame {...frameProps(p)}>
      <Box
        sx={{
          flex: 1,
          minHeight: 0,
          overflow: "auto",
          display: "flex",
          flexDirection: { xs: "column", md: "row" },
          gap: 3,
          p: { xs: 2, sm: 3 },
          justifyContent: "center",
        }}
      >
        <Box sx={{ display: "flex", flexDirection: "column", alignItems: "center", gap: 1.5, width: "100%", maxWidth: 420, mx: { xs: "auto", md: 0 } }}>
          <Cover src={s.cover} size={240} />
          <Box sx={{ textAlign: "center", maxWidth: "100%" }}>
            <Typography component="p" variant="h6" noWrap>
              <bdi>{info.title}</bdi>
            </Typography>
            <Typography variant="body2" color="text.secondary" noWrap>
              <bdi>{[info.artist, info.album].filter(Boolean).join(" — ")}</bdi>
            </Typography>
          </Box>
          {s.error != null && (
            <Alert severity="error" sx={{ width: "100%" }}>
              {t("player:audio.failed", { reason: describeError(s.error, t) })}
            </Alert>
          )}
          <Box sx={{ width: "100%", display: "flex" }}>
            <SeekBar s={s} />
          </Box>
          <TransportButtons s={s} size="large" />
          <Box sx={{ display: "flex", alignItems: "center", flexWrap: "wrap", justifyContent: "center" }}>
            <ModeButtons s={s} />
            <VolumeControl s={s} />
          </Box>
        </Box>
        <Box component="section" aria-labelledby="music-playlist-title" sx={{ flex: 1, minWidth: 0, maxWidth: 520, mx: { xs: "auto", md: 0 }, width: "100%" }}>
          <Typography id="music-playlist-title" component="h3" variant="subtitle1" sx={{ fontWeight: 500 }}>
            {t("player:audio.playlist", { count: s.tracks.length })}
          </Typography>
          <List dense>
            {s.tracks.map((f, i) => {
              const ti = trackInfo(f);
              return (
                <ListItem key={f.id} disablePadding>
                  <ListItemButton selected={i === s.current} aria-current={i === s.current ? "true" : undefined} onClick={() => player.playAt(i)}>
                    <ListItemText primary={<bdi>{ti.title}</bdi>} secondary={ti.artist ? <bdi>{ti.artist}</bdi> : undefined} />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
          {s.hasMore && (
            <Button onClick={() => void player.loadMore()} disabled={s.loadingMore}>
              {s.loadingMore ? t("player:audio.loadingMore") : t("player:audio.loadMore")}
            </Button>
          )}
        </Box>
      </Box>
    </ViewerFrame>
  );
}
