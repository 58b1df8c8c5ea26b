import { useTranslation } from "react-i18next";
import { Box, Paper, Typography } from "@mui/material";
import ConstructionIcon from "@mui/icons-material/ConstructionOutlined";
import { usePageTitle } from "../usePageTitle";

/** A real page for features that are not built yet: says what the page is and that it is on its way. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Box sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {title}
      </Typography>
      <Paper variant="outlined" sx={{ p: 4, textAlign: "center", maxWidth: 640 }}>
        <ConstructionIcon color="action" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h6" component="p" gutterBottom>
          {t("comingSoon.title")}
        </Typography>
        <Typography color="text.secondary">{description}</Typography>
      </Paper>
    </Box>
  );
}
