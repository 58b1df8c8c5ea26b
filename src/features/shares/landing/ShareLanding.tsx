import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Box, Button, Skeleton } from "@mui/material";
import { LazyAlert as Alert } from "../../../shared/ui/lazyParts";
import { describeError, isApiError } from "../../../api/errors";
import { shareQueries, type Share } from "../../../api/queries/shares";
import { serverVersionQuery } from "../../../api/queries/serverFeatures";
import { serverFeatures } from "../../../lib/serverVersion";
import type { CrUri } from "../../../lib/uri";
import { usePageTitle } from "../../../shared/usePageTitle";
import { ShareHeader } from "./ShareHeader";

// Only one of these is needed on a visit, so none weighs on the landing's first load.
const ShareReadme = lazy(() => import("./ShareReadme"));
const PasswordPrompt = lazy(() => import("./PasswordPrompt"));
const ShareGone = lazy(() => import("./ShareGone"));

/**
 * Whether the landing shows the folder's README: newer servers keep a "Show README" setting per
 * share; the 4.0 server has none, and a README is always shown there. Nothing until the server's
 * version is known, so a README never shows up only to vanish again.
 */
function useReadmeWanted(share: Share | undefined): boolean {
  const version = useQuery(serverVersionQuery());
  if (version.isPending) return false;
  return serverFeatures(version.data).shareReadme ? Boolean(share?.show_readme) : true;
}

/**
 * What a visitor of `/home?path=cloudreve://<id>[:<pwd>]@share…` sees (official §1.4.12): the share
 * is checked with `GET /share/info` first, so a locked, expired or missing link gets its own page
 * instead of an explorer error; an unlocked one gets its header, the explorer and its README.
 */
export default function ShareLanding({ uri, children }: { uri: CrUri; children: ReactNode }) {
  const { t } = useTranslation("shares");
  const id = uri.id ?? "";
  const info = useQuery(shareQueries.info(id, uri.password, true));
  usePageTitle(info.data?.name ?? t("landing.title"));
  const readmeWanted = useReadmeWanted(info.data);

  if (info.isPending) {
    return (
      <Box role="status" aria-label={t("landing.loading")} sx={{ p: 2 }}>
        <Skeleton variant="rounded" height={72} />
      </Box>
    );
  }
  if (info.error) {
    if (isApiError(info.error) && (info.error.code === 404 || info.error.code === 40058)) {
      return (
        <Suspense fallback={null}>
          <ShareGone />
        </Suspense>
      );
    }
    return (
      <Box sx={{ p: 3 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void info.refetch()}>
              {t("common.retry")}
            </Button>
          }
        >
          {describeError(info.error, t)}
        </Alert>
      </Box>
    );
  }
  const share = info.data;
  if (!share.unlocked) {
    return (
      <Suspense fallback={null}>
        <PasswordPrompt share={share} uri={uri} wrong={Boolean(uri.password)} />
      </Suspense>
    );
  }
  return (
    <Box>
      <ShareHeader share={share} />
      <Box sx={{ display: "flex", flexDirection: { xs: "column", lg: "row" } }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>{children}</Box>
        {share.source_type === 1 && !uri.isSearch && readmeWanted && (
          <Suspense fallback={null}>
            <ShareReadme folder={uri} />
          </Suspense>
        )}
      </Box>
    </Box>
  );
}
