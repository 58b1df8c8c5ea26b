import type { ReactNode, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, CircularProgress, Typography } from "@mui/material";
import type { WidgetStatus } from "./useWidget";

/**
 * Shared chrome of the third-party widgets: a loading line while the vendor script arrives, and
 * when it cannot (offline, blocked, timed out) a clear message with a retry instead of a hang.
 */
export function WidgetFrame({
  status,
  container,
  retry,
  error,
  children,
}: {
  status: WidgetStatus;
  container: RefObject<HTMLDivElement | null>;
  retry: () => void;
  error?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation("auth");
  return (
    <Box sx={{ mt: 2, mb: 1 }} role="group" aria-label={t("captcha.widgetLabel")}>
      <Box ref={container} sx={{ minHeight: status === "ready" ? 65 : 0, display: status === "failed" ? "none" : "block" }} />
      {status === "loading" && (
        <Box role="status" sx={{ display: "flex", alignItems: "center", gap: 1.5, color: "text.secondary", minHeight: 65 }}>
          <CircularProgress size={20} aria-hidden />
          <Typography variant="body2">{t("captcha.loading")}</Typography>
        </Box>
      )}
      {status === "failed" && (
        <Alert
          severity="warning"
          role="alert"
          action={
            <Button color="inherit" size="small" onClick={retry}>
              {t("captcha.retry")}
            </Button>
          }
        >
          {t("captcha.widgetFailed")}
        </Alert>
      )}
      {children}
      {error && (
        <Typography variant="caption" color="error" role="alert" sx={{ display: "block", mt: 0.5 }}>
          {error}
        </Typography>
      )}
    </Box>
  );
}
