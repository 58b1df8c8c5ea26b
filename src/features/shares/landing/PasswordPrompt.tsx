import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Alert, Box, Button, Paper, TextField, Typography } from "@mui/material";
import LockIcon from "@mui/icons-material/LockOutlined";
import type { Share } from "../../../api/queries/shares";
import { CrUri } from "../../../lib/uri";
import { OwnerLine } from "./OwnerLine";
import { landingHref } from "./href";

/** A locked share: the password goes into the share URI, as the server's own links carry it. */
export default function PasswordPrompt({ share, uri, wrong }: { share: Share; uri: CrUri; wrong: boolean }) {
  const { t } = useTranslation("shares");
  const navigate = useNavigate();
  const [password, setPassword] = useState("");
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const pwd = password.trim();
    if (!pwd) return;
    navigate(landingHref(new CrUri({ fs: "share", id: uri.id, password: pwd, segments: uri.segments })), { replace: true });
  };
  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, display: "grid", placeItems: "center" }}>
      <Paper variant="outlined" component="form" onSubmit={submit} sx={{ p: { xs: 2, sm: 4 }, width: "100%", maxWidth: 420 }} noValidate>
        <Box sx={{ textAlign: "center" }}>
          <LockIcon sx={{ fontSize: 48, color: "text.secondary" }} aria-hidden />
          <Typography variant="h5" component="h1" sx={{ mt: 1, overflowWrap: "anywhere" }}>
            {share.name ? t("password.titleNamed", { name: share.name }) : t("password.title")}
          </Typography>
        </Box>
        <Box sx={{ my: 2, display: "flex", justifyContent: "center" }}>
          <OwnerLine owner={share.owner} />
        </Box>
        {wrong && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {t("password.wrong")}
          </Alert>
        )}
        <TextField
          fullWidth
          autoFocus
          label={t("password.label")}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          slotProps={{ htmlInput: { autoComplete: "off", autoCapitalize: "none" } }}
        />
        <Button type="submit" variant="contained" fullWidth sx={{ mt: 2 }} disabled={!password.trim()}>
          {t("password.submit")}
        </Button>
      </Paper>
    </Box>
  );
}
