import { useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { Avatar, Box, Button } from "@mui/material";
import UploadIcon from "@mui/icons-material/FileUploadOutlined";
import { api, API_BASE, unwrap } from "../../../api/client";
import { Section } from "../Section";
import { refreshSessionUser, type User } from "../queries";
import { useSaved } from "../useSaved";

/** Formats the server can decode (contract §5.4.4); anything else would come back as 40001. */
const ACCEPT = "image/png,image/jpeg,image/gif";

/**
 * Avatar upload (raw bytes, the server resizes) and "use Gravatar" (an empty body). The image URL
 * carries a counter so the browser shows the new picture instead of its cached copy.
 */
export function AvatarSection({ user }: { user: User }) {
  const { t } = useTranslation("settings");
  const { saved, failed } = useSaved();
  const input = useRef<HTMLInputElement>(null);
  const [version, setVersion] = useState(() => Date.now());
  const [busy, setBusy] = useState<"upload" | "gravatar">();

  const send = async (kind: "upload" | "gravatar", file?: File) => {
    setBusy(kind);
    try {
      await unwrap(
        api.PUT("/user/setting/avatar", {
          body: (file ?? new Blob([])) as never,
          // Raw bytes, not JSON: the Content-Type tells the server which decoder to use.
          bodySerializer: (b: unknown) => b as Blob,
          headers: { "Content-Type": file?.type || "application/octet-stream" },
        }),
      );
      setVersion(Date.now());
      await refreshSessionUser().catch(() => undefined);
      saved(kind === "upload" ? t("profile.avatarUpdated") : t("profile.gravatarOn"));
    } catch (e) {
      failed(e);
    } finally {
      setBusy(undefined);
    }
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) void send("upload", file);
  };

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
        <Button onClick={() => void send("gravatar")} loading={busy === "gravatar"} disabled={Boolean(busy)}>
          {t("profile.useGravatar")}
        </Button>
      </Box>
    </Section>
  );
}
