import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Alert, Box, Button, Skeleton, Typography } from "@mui/material";
import RefreshIcon from "@mui/icons-material/CachedOutlined";
import { siteQueries } from "../../../../api/queries/site";
import type { Values } from "../types";

/**
 * What visitors will see. The image captcha is drawn by the server from its saved settings, so the
 * preview is a real image from it (and says when the form has unsaved changes); the other kinds are
 * widgets of their provider, loaded on the sign-in and sign-up forms with the site key set here.
 */
export function CaptchaPreview({ values }: { values: Values }) {
  const { t } = useTranslation("admin");
  const type = values.captcha_type ?? "normal";
  const image = useQuery({ ...siteQueries.captcha(), enabled: type === "normal" });
  return (
    <Box sx={{ borderTop: 1, borderColor: "divider", pt: 2, display: "grid", gap: 1 }}>
      <Typography variant="subtitle1" component="h3">
        {t("settings.captchaPreview.title")}
      </Typography>
      {type === "normal" ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {t("settings.captchaPreview.image")}
          </Typography>
          <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
            <Box sx={{ width: 240, height: 60, border: 1, borderColor: "divider", borderRadius: 1, bgcolor: "#fff", overflow: "hidden" }}>
              {image.data && !image.isFetching ? (
                <img src={image.data.image} alt={t("settings.captchaPreview.alt")} style={{ width: "100%", height: "100%", objectFit: "contain" }} />
              ) : (
                <Skeleton variant="rectangular" width="100%" height="100%" aria-hidden />
              )}
            </Box>
            <Button startIcon={<RefreshIcon aria-hidden />} onClick={() => void image.refetch()}>
              {t("settings.captchaPreview.again")}
            </Button>
          </Box>
          {image.isError && <Alert severity="error">{t("settings.captchaPreview.failed")}</Alert>}
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t(`settings.captchaPreview.widget`, { provider: t(`settings.option.captcha_type.${type}`) })}
        </Typography>
      )}
    </Box>
  );
}
