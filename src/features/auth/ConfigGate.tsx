import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, CircularProgress } from "@mui/material";
import { LazyAlert as Alert } from "../../shared/ui/lazyParts";
import { useAuthConfig } from "./queries";
import { useDescribeError } from "../../shared/form/useDescribeError";

/**
 * The auth forms depend on the site's login settings (captchas, sign-up, passkeys): wait for
 * them, and when the server cannot be reached say so with a retry rather than guess.
 */
export function ConfigGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation("auth");
  const describe = useDescribeError();
  const { pending, error, retry } = useAuthConfig();
  if (error)
    return (
      <Alert
        severity="error"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={retry}>
            {t("action.retry")}
          </Button>
        }
      >
        {t("config.failed")} {describe(error)}
      </Alert>
    );
  if (pending)
    return (
      <Box sx={{ display: "grid", placeItems: "center", py: 6 }}>
        <CircularProgress aria-label={t("config.loading")} />
      </Box>
    );
  return children;
}
