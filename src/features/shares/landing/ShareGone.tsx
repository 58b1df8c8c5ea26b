import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { Box, Button, Paper, Typography } from "@mui/material";
import LinkOffIcon from "@mui/icons-material/LinkOffOutlined";
import { sessionStore } from "../../../api/session";

/** Expired, used up, deleted or never existed: the server says 404 for all of them (docs/server-behaviour.md, "Share links"). */
export default function ShareGone() {
  const { t } = useTranslation("shares");
  const signedIn = Boolean(sessionStore.current());
  return (
    <Box sx={{ p: 3, display: "grid", placeItems: "center" }}>
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 480, textAlign: "center" }}>
        <LinkOffIcon sx={{ fontSize: 56, color: "text.secondary" }} aria-hidden />
        <Typography variant="h5" component="h1" sx={{ mt: 1 }}>
          {t("gone.title")}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t("gone.body")}
        </Typography>
        <Button component={RouterLink} to={signedIn ? "/home" : "/session"} variant="contained" sx={{ mt: 3 }}>
          {signedIn ? t("gone.toFiles") : t("gone.signIn")}
        </Button>
      </Paper>
    </Box>
  );
}
