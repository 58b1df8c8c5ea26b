import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, TextField } from "@mui/material";
import { Section } from "../Section";
import { usePatchSettings, type User } from "../queries";
import { useSaved } from "../useSaved";

const MAX = 255;

export function NicknameSection({ user }: { user: User }) {
  const { t } = useTranslation("settings");
  const { saved, failed } = useSaved();
  const patch = usePatchSettings();
  const [nick, setNick] = useState(user.nickname);
  const trimmed = nick.trim();
  const error = !trimmed ? t("profile.nickRequired") : [...trimmed].length > MAX ? t("profile.nickTooLong", { max: MAX }) : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (error || trimmed === user.nickname) return;
    patch.mutate({ nick: trimmed }, { onSuccess: () => saved(), onError: failed });
  };
  return (
    <Section title={t("profile.nickname")} description={t("profile.nicknameHint")}>
      <Box component="form" noValidate onSubmit={submit} sx={{ display: "flex", gap: 2, alignItems: "flex-start", flexWrap: "wrap" }}>
        <TextField
          label={t("profile.nickname")}
          value={nick}
          onChange={(e) => setNick(e.target.value)}
          error={Boolean(error)}
          helperText={error ?? " "}
          autoComplete="nickname"
          sx={{ flex: "1 1 240px" }}
        />
        <Button type="submit" variant="contained" loading={patch.isPending} disabled={Boolean(error) || trimmed === user.nickname} sx={{ mt: 1 }}>
          {t("save")}
        </Button>
      </Box>
    </Section>
  );
}
