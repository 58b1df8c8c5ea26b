import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { Button, Typography } from "@mui/material";
import { useCurrentSession } from "../../../shared/useSession";
import { Step } from "../oauth/ui";
import { mountUrl, openInApp } from "./handoff";

/**
 * `/callback/ios`: where the mobile app's sign-in lands. Everything goes straight on to the app
 * (`cloudreve://mount?…`); the page stays with a button in case the browser asks first or the
 * automatic hand-off was held back.
 */
export function MobileCallbackPage() {
  const { t } = useTranslation("oauth");
  const [params] = useSearchParams();
  const userId = useCurrentSession()?.user.id ?? "";
  const state = params.get("state") ?? "";
  const error = params.get("error");
  const url = error ? mountUrl({ state, error, userId }) : mountUrl({ state, code: params.get("code") ?? "", userId });
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    openInApp(url);
  }, [url]);
  return (
    <Step title={t("oauth:mobile.title")}>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t("oauth:mobile.body")}
      </Typography>
      <Button variant="contained" size="large" fullWidth href={url}>
        {t("oauth:mobile.open")}
      </Button>
    </Step>
  );
}
