import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { Box, Button, Typography } from "@mui/material";
import { usePageTitle } from "../../shared/usePageTitle";

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <Box component="main" sx={{ minHeight: "100vh", display: "grid", placeItems: "center", p: 3 }}>
      <Box sx={{ textAlign: "center", maxWidth: 480 }}>
        <Typography variant="h1" component="p" color="primary" sx={{ fontWeight: 700, fontSize: { xs: 72, sm: 96 } }} aria-hidden>
          404
        </Typography>
        <Typography variant="h5" component="h1" gutterBottom>
          {t("notFound.title")}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t("notFound.body")}
        </Typography>
        <Button variant="contained" component={RouterLink} to="/home">
          {t("notFound.home")}
        </Button>
      </Box>
    </Box>
  );
}
