import { lazy, Suspense, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { Avatar, Box, Button } from "@mui/material";
import UploadIcon from "@mui/icons-material/FileUploadOutlined";
import { API_BASE } from "../../../api/client";
import { Section } from "../Section";
import { useSetAvatar, type User } from "../queries";
import { useSaved } from "../useSaved";

// Only needed once a picture is chosen.
const AvatarCropDialog = lazy(() => import("./AvatarCropDialog"));

/** Pictures the browser can draw for cropping; the cropped square goes up as PNG. */
const ACCEPT = "image/png,image/jpeg,image/gif,image/webp";

/**
 * Avatar upload (chosen, cropped to a square, sent as PNG; the server resizes it) and "use
 * Gravatar" (an empty body). The image URL carries a counter so the browser shows the new picture
 * instead of its cached copy.
 */
export function AvatarSection({ user }: { user: User }) {
  const { t } = useTranslation("settings");
  const { saved, failed } = useSaved();
  const input = useRef<HTMLInputElement>(null);
  const [version, setVersion] = useState(() => Date.now());
  const [picked, setPicked] = useState<File>();
  const avatar = useSetAvatar();

  const send = (image: Blob | null) =>
    avatar.mutate(image, {
      onSuccess: () => {
        setVersion(Date.now());
        setPicked(undefined);
        saved(image ? t("profile.avatarUpdated") : t("profile.gravatarOn"));
      },
      onError: failed,
    });

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) setPicked(file);
  };

  const busy = avatar.isPending ? (avatar.variables ? "upload" : "gravatar") : undefined;
  const src = user.avatar ? `${API_BASE}/user/avatar/${encodeURIComponent(user.id)}?nocache=true&v=${version}` : undefined;
  return (
    <Section title={t("profile.avatar")} description={t("profile.avatarHint")}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
        <Avatar src={src} alt={t("profile.avatarAlt", { name: user.nickname })} sx={{ width: 72, height: 72, fontSize: 32, bgcolor: "primary.main" }}>
          {user.nickname.slice(0, 1).toUpperCase()}
        </Avatar>
        <input ref={input} type="file" accept={ACCEPT} hidden onChange={onFile} aria-hidden tabIndex={-1} />
        <Button variant="outlined" startIcon={<UploadIcon />} onClick={() => input.current?.click()} loading={busy === "upload"} disabled={Boolean(busy)}>
          {t("profile.upload")}
        </Button>
        <Button onClick={() => send(null)} loading={busy === "gravatar"} disabled={Boolean(busy)}>
          {t("profile.useGravatar")}
        </Button>
      </Box>
      {picked && (
        <Suspense fallback={null}>
          <AvatarCropDialog file={picked} busy={busy === "upload"} onCancel={() => setPicked(undefined)} onDone={send} />
        </Suspense>
      )}
    </Section>
  );
}
