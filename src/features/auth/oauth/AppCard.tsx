import { useTranslation } from "react-i18next";
import { Box, Link, Paper, Skeleton, Typography } from "@mui/material";
import { AppIcon } from "./AppIcon";
import type { AppRegistration } from "./api";
import { returnUrl } from "./request";

/** The app asking for access, shown above the question so the user knows who is asking. */
export function AppCard({ app }: { app: AppRegistration | undefined }) {
  const { t } = useTranslation("oauth");
  // Only a web address is offered as a link; the server's value is not trusted to be one.
  const homepage = app?.homepage_url && /^https?:\/\//i.test(app.homepage_url) ? returnUrl(app.homepage_url, {}, window.location.origin) : undefined;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3, display: "flex", gap: 2, alignItems: "center" }} aria-busy={!app}>
      {app ? <AppIcon icon={app.icon} /> : <Skeleton variant="rounded" width={48} height={48} />}
      <Box sx={{ minWidth: 0, flex: 1 }}>
        {app ? (
          <>
            <Typography component="p" variant="subtitle1" sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
              {app.name}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t("oauth:authorize.wantsAccess")}
            </Typography>
            {app.description && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, overflowWrap: "anywhere" }}>
                {app.description}
              </Typography>
            )}
            {homepage && (
              <Link href={homepage} target="_blank" rel="noopener noreferrer" variant="body2" sx={{ overflowWrap: "anywhere" }}>
                {new URL(homepage).host}
              </Link>
            )}
          </>
        ) : (
          <>
            <Skeleton width="50%" />
            <Skeleton width="80%" />
          </>
        )}
      </Box>
    </Paper>
  );
}
