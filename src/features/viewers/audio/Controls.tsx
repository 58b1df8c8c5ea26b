// The music player's controls, shared by the mini player and the full view: previous / play-pause /
// next, the seek bar, repeat and shuffle, volume. Every control has a name; the bars are sliders
// that read out times ("1:05 of 3:20").
import { useTranslation } from "react-i18next";
import { Box, IconButton, Slider, Tooltip, Typography } from "@mui/material";
import PlayIcon from "@mui/icons-material/PlayArrowRounded";
import PauseIcon from "@mui/icons-material/PauseRounded";
import PrevIcon from "@mui/icons-material/SkipPreviousRounded";
import NextIcon from "@mui/icons-material/SkipNextRounded";
import RepeatIcon from "@mui/icons-material/RepeatRounded";
import RepeatOneIcon from "@mui/icons-material/RepeatOneRounded";
import ShuffleIcon from "@mui/icons-material/ShuffleRounded";
import VolumeIcon from "@mui/icons-material/VolumeUpRounded";
import MutedIcon from "@mui/icons-material/VolumeOffRounded";
import { player, type PlayerState } from "./player";
import { clock } from "./trackInfo";

function Button({
  label,
  onClick,
  children,
  pressed,
  size,
}: {
  label: string;
  onClick: () => void;
  children: React.ReactNode;
  pressed?: boolean;
  size?: "small" | "medium" | "large";
}) {
  return (
    <Tooltip title={label}>
      <IconButton aria-label={label} aria-pressed={pressed} onClick={onClick} size={size} color={pressed ? "primary" : "default"}>
        {children}
      </IconButton>
    </Tooltip>
  );
}

export function TransportButtons({ s, size = "medium" }: { s: PlayerState; size?: "medium" | "large" }) {
  const { t } = useTranslation("player");
  const big = size === "large" ? "large" : "medium";
  return (
    <Box sx={{ display: "flex", alignItems: "center" }}>
      <Button label={t("player:audio.previous")} onClick={() => player.previous()} size={big}>
        <PrevIcon fontSize={big} />
      </Button>
      <Button label={s.playing ? t("player:audio.pause") : t("player:audio.play")} onClick={() => player.toggle()} size={big}>
        {s.playing ? <PauseIcon fontSize={big} /> : <PlayIcon fontSize={big} />}
      </Button>
      <Button label={t("player:audio.next")} onClick={() => player.next()} size={big}>
        <NextIcon fontSize={big} />
      </Button>
    </Box>
  );
}

export function ModeButtons({ s }: { s: PlayerState }) {
  const { t } = useTranslation("player");
  const repeatLabel = s.repeat === "one" ? t("player:audio.repeatOne") : s.repeat === "all" ? t("player:audio.repeatAll") : t("player:audio.repeatOff");
  return (
    <>
      <Button label={repeatLabel} onClick={() => player.cycleRepeat()} pressed={s.repeat !== "off"}>
        {s.repeat === "one" ? <RepeatOneIcon /> : <RepeatIcon />}
      </Button>
      <Button label={t("player:audio.shuffle")} onClick={() => player.toggleShuffle()} pressed={s.shuffle}>
        <ShuffleIcon />
      </Button>
    </>
  );
}

export function SeekBar({ s }: { s: PlayerState }) {
  const { t } = useTranslation("player");
  const total = s.duration;
  const text = (v: number) => t("player:audio.seekValue", { time: clock(v), total: clock(total) });
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1.5, minWidth: 0, flex: 1 }}>
      <Typography variant="caption" aria-hidden sx={{ minWidth: 36, textAlign: "end", fontVariantNumeric: "tabular-nums" }}>
        {clock(s.time)}
      </Typography>
      <Slider
        size="small"
        min={0}
        max={total || 1}
        step={1}
        value={Math.min(s.time, total || 1)}
        disabled={!total}
        onChange={(_e, v) => player.seek(v as number)}
        aria-label={t("player:audio.seek")}
        getAriaValueText={text}
        sx={{ flex: 1 }}
      />
      <Typography variant="caption" aria-hidden sx={{ minWidth: 36, fontVariantNumeric: "tabular-nums" }}>
        {clock(total)}
      </Typography>
    </Box>
  );
}

export function VolumeControl({ s }: { s: PlayerState }) {
  const { t } = useTranslation("player");
  const level = s.muted ? 0 : s.volume;
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, width: 150 }}>
      <Button label={s.muted ? t("player:audio.unmute") : t("player:audio.mute")} onClick={() => player.toggleMute()} pressed={s.muted}>
        {s.muted || s.volume === 0 ? <MutedIcon /> : <VolumeIcon />}
      </Button>
      <Slider
        size="small"
        min={0}
        max={100}
        value={Math.round(level * 100)}
        onChange={(_e, v) => player.setVolume((v as number) / 100)}
        aria-label={t("player:audio.volume")}
        getAriaValueText={(v) => `${v}%`}
      />
    </Box>
  );
}
