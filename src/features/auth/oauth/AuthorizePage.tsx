import { useEffect, useMemo, useRef, useState } from "react";
import { Link as RouterLink, useLocation, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Box, Button, CircularProgress, Link, Stack, Typography } from "@mui/material";
import { isApiError } from "../../../api/errors";
import { consumeSignOutRequest, signOut } from "../../../api/signOut";
import { useCurrentSession } from "../../../shared/useSession";
import { signInPath } from "../../../lib/redirect";
import { AppCard } from "./AppCard";
import { fetchApp, grantConsent, oauthKeys, providerMissing, type AppRegistration } from "./api";
import { Problem } from "./Problem";
import { parseAuthorizeRequest, returnUrl, scopesToAsk, type AuthorizeRequest } from "./request";
import { describeScopes } from "./scopes";
import { ScopeList } from "./ScopeList";
import { ErrorNote, Step, useErrorText } from "./ui";

/** Leaves for the app; the address was checked when the request was read. */
function backToApp(request: AuthorizeRequest, params: Record<string, string>) {
  const withState = request.state ? { ...params, state: request.state } : params;
  const url = returnUrl(request.redirectUri, withState, window.location.origin);
  if (url) window.location.assign(url);
}

/**
 * `/session/authorize`: an app (the desktop or mobile client, or a third party) asks to use the
 * account through the server's OAuth provider. The page names the app, says in plain words what it
 * would get, and sends the browser back with a code (allowed) or `error=access_denied` (denied).
 * Access allowed before is remembered by the server, and then the question is not asked again.
 */
export function AuthorizePage() {
  const { t } = useTranslation("oauth");
  const [params] = useSearchParams();
  const parsed = useMemo(() => parseAuthorizeRequest(params), [params]);
  if ("problem" in parsed) return <Problem title={t("oauth:problem.title")} message={t(`oauth:problem.${parsed.problem}`)} />;
  return <Authorize request={parsed.request} />;
}

function Authorize({ request }: { request: AuthorizeRequest }) {
  const { t } = useTranslation("oauth");
  const describe = useErrorText();
  const session = useCurrentSession();
  const uid = session?.user.id ?? "";
  // What the user allowed before depends on who is signed in: one entry per account.
  const app = useQuery({ queryKey: [...oauthKeys.app(request.clientId), uid], queryFn: () => fetchApp(request.clientId), retry: false, staleTime: 0 });

  if (app.isError) {
    if (providerMissing(app.error)) return <Problem severity="info" title={t("oauth:problem.noProviderTitle")} message={t("oauth:problem.noProvider")} />;
    if (isApiError(app.error) && app.error.code === 404) return <Problem title={t("oauth:problem.title")} message={t("oauth:problem.unknownApp")} />;
    return <Problem title={t("oauth:problem.title")} message={describe(app.error)} />;
  }
  if (!app.data)
    return (
      <>
        <AppCard app={undefined} />
        <Box sx={{ display: "grid", placeItems: "center", py: 4 }}>
          <CircularProgress aria-label={t("oauth:authorize.loading")} />
        </Box>
      </>
    );
  if (!session) return <SignInFirst app={app.data} />;
  if (scopesToAsk(request.scopes, app.data.consented_scopes).length === 0) return <AlreadyAllowed app={app.data} request={request} />;
  return <Consent app={app.data} request={request} account={session.user.email || session.user.nickname} />;
}

function SignInFirst({ app }: { app: AppRegistration }) {
  const { t } = useTranslation("oauth");
  const location = useLocation();
  return (
    <>
      <AppCard app={app} />
      <Step title={t("oauth:authorize.signInTitle")}>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t("oauth:authorize.signInBody", { app: app.name })}
        </Typography>
        <Button component={RouterLink} to={signInPath(location.pathname + location.search)} variant="contained" size="large" fullWidth>
          {t("oauth:authorize.signIn")}
        </Button>
      </Step>
    </>
  );
}

/** Everything asked for was allowed before: straight back to the app, as the server remembers. */
function AlreadyAllowed({ app, request }: { app: AppRegistration; request: AuthorizeRequest }) {
  const { t } = useTranslation("oauth");
  const describe = useErrorText();
  const [error, setError] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    // One code per visit, also when a development re-render runs effects twice.
    if (started.current) return;
    started.current = true;
    grantConsent(request).then(
      (r) => backToApp(request, { code: r.code }),
      (e) => setError(describe(e)),
    );
  }, [request, describe]);
  if (error) return <Problem title={t("oauth:problem.title")} message={error} />;
  return (
    <>
      <AppCard app={app} />
      <Box role="status" sx={{ display: "flex", gap: 2, alignItems: "center", justifyContent: "center", py: 2 }}>
        <CircularProgress size={24} aria-hidden />
        <Typography>{t("oauth:authorize.returning", { app: app.name })}</Typography>
      </Box>
    </>
  );
}

function Consent({ app, request, account }: { app: AppRegistration; request: AuthorizeRequest; account: string }) {
  const { t } = useTranslation("oauth");
  const describe = useErrorText();
  const [busy, setBusy] = useState<"allow" | "deny">();
  const [error, setError] = useState<string>();
  const listed = describeScopes(request.scopes).length > 0;

  const allow = async () => {
    setBusy("allow");
    setError(undefined);
    try {
      const { code } = await grantConsent(request);
      backToApp(request, { code });
    } catch (e) {
      setError(describe(e));
      setBusy(undefined);
    }
  };
  const deny = () => {
    setBusy("deny");
    backToApp(request, { error: "access_denied" });
  };
  const otherAccount = async () => {
    // Signed out, this page asks the user to sign in, and comes back here afterwards.
    await signOut().catch(() => undefined);
    consumeSignOutRequest();
  };

  return (
    <>
      <AppCard app={app} />
      <Step title={t("oauth:authorize.title", { app: app.name })}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, overflowWrap: "anywhere" }}>
          {t("oauth:authorize.signedInAs", { account })}{" "}
          <Link
            component="button"
            type="button"
            variant="body2"
            onClick={() => void otherAccount()}
            disabled={Boolean(busy)}
            sx={{ verticalAlign: "baseline" }}
          >
            {t("oauth:authorize.otherAccount")}
          </Link>
        </Typography>
        <ErrorNote message={error} />
        <Typography id="oauth-scopes" sx={{ mb: 1 }}>
          {listed ? t("oauth:authorize.canDo", { app: app.name }) : t("oauth:authorize.identityOnly", { app: app.name })}
        </Typography>
        {listed && <ScopeList scopes={request.scopes} labelledBy="oauth-scopes" />}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {t("oauth:authorize.remembered", { app: app.name })}{" "}
          <Link component={RouterLink} to="/settings?tab=security">
            {t("oauth:authorize.securitySettings")}
          </Link>
        </Typography>
        <Stack direction="row" spacing={2}>
          <Button variant="outlined" size="large" fullWidth onClick={deny} loading={busy === "deny"} disabled={Boolean(busy)}>
            {t("oauth:authorize.deny")}
          </Button>
          <Button variant="contained" size="large" fullWidth onClick={() => void allow()} loading={busy === "allow"} disabled={Boolean(busy)}>
            {t("oauth:authorize.allow")}
          </Button>
        </Stack>
      </Step>
    </>
  );
}
