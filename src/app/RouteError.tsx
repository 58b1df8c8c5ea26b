import { useTranslation } from "react-i18next";
import { Box, Button, Typography } from "@mui/material";

/** Last line of defence: an unexpected error shows a readable page with a way out, never a blank screen. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const chunkFailed = error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <Box component="main" sx={{ p: 4, maxWidth: 560, mx: "auto", textAlign: "center" }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {chunkFailed ? t("error.updateTitle") : t("error.title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {chunkFailed ? t("error.updateBody") : t("error.body")}
      </Typography>
      <Button variant="contained" onClick={() => window.location.reload()}>
        {t("error.reload")}
      </Button>{" "}
      <Button href="/home">{t("notFound.home")}</Button>
    </Box>
  );
}
