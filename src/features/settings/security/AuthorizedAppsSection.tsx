import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  ListItemAvatar,
  ListItemText,
  Typography,
} from "@mui/material";
import { userKeys } from "../../../api/queries/user";
import { formatDate } from "../../../lib/format";
import { useDescribeError } from "../../../shared/form";
import { AppIcon, describeScopes, revokeGrant, type OAuthGrant } from "../../auth";
import { Section } from "../Section";
import type { UserSettings } from "../queries";
import { useSaved } from "../useSaved";

/**
 * Apps the user allowed to use the account through the server's OAuth provider, with what they may
 * access and when they last did; each can be removed. Servers without the provider (the community
 * edition) send no `oauth_grants`, and then the section is not shown at all.
 */
export function AuthorizedAppsSection({ settings }: { settings: UserSettings }) {
  return settings.oauth_grants ? <AppsList grants={settings.oauth_grants} /> : null;
}

function AppsList({ grants }: { grants: OAuthGrant[] }) {
  // Without suspending: the rest of the tab stays on screen while these texts load, and servers
  // without the provider never load them.
  const { t, i18n, ready } = useTranslation("oauth", { useSuspense: false });
  const [revoking, setRevoking] = useState<OAuthGrant>();
  if (!ready) return null;
  const scopeWords = (g: OAuthGrant) => {
    const entries = describeScopes(g.scopes ?? []);
    if (entries.length === 0) return t("oauth:apps.identityOnly");
    const names = entries.map((e) => (e.group ? t(`oauth:scope.${e.group}.name`) : e.raw));
    return t("oauth:apps.canAccess", { list: new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(names) });
  };
  return (
    <Section title={t("oauth:apps.title")} description={t("oauth:apps.description")} id="authorized-apps">
      {grants.length === 0 ? (
        <Typography color="text.secondary">{t("oauth:apps.empty")}</Typography>
      ) : (
        <List disablePadding>
          {grants.map((g) => (
            <ListItem key={g.client_id} divider sx={{ gap: 1, flexWrap: { xs: "wrap", sm: "nowrap" }, px: 0 }}>
              <ListItemAvatar>
                <AppIcon icon={g.client_logo} size={40} />
              </ListItemAvatar>
              <ListItemText
                primary={g.client_name}
                secondary={
                  <>
                    <span style={{ display: "block" }}>{scopeWords(g)}</span>
                    {g.last_used_at ? t("oauth:apps.lastUsed", { date: formatDate(g.last_used_at, i18n.language) }) : t("oauth:apps.neverUsed")}
                  </>
                }
                slotProps={{ primary: { sx: { fontWeight: 500, overflowWrap: "anywhere" } } }}
                sx={{ minWidth: 0, flex: "1 1 200px" }}
              />
              <Button
                variant="outlined"
                color="error"
                onClick={() => setRevoking(g)}
                aria-label={t("oauth:apps.revokeApp", { app: g.client_name })}
                sx={{ flexShrink: 0 }}
              >
                {t("oauth:apps.revoke")}
              </Button>
            </ListItem>
          ))}
        </List>
      )}
      {revoking && <RevokeDialog grant={revoking} onClose={() => setRevoking(undefined)} />}
    </Section>
  );
}

function RevokeDialog({ grant, onClose }: { grant: OAuthGrant; onClose: () => void }) {
  const { t } = useTranslation("oauth");
  const describe = useDescribeError();
  const { saved } = useSaved();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => revokeGrant(grant.client_id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.settings() });
      saved(t("oauth:apps.revoked", { app: grant.client_name }));
      onClose();
    },
  });
  return (
    <Dialog open onClose={revoke.isPending ? undefined : onClose} maxWidth="xs" aria-labelledby="revoke-app-title" aria-describedby="revoke-app-text">
      <DialogTitle id="revoke-app-title" sx={{ overflowWrap: "anywhere" }}>
        {t("oauth:apps.confirmTitle", { app: grant.client_name })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="revoke-app-text">{t("oauth:apps.confirmBody", { app: grant.client_name })}</DialogContentText>
        {revoke.isError && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {describe(revoke.error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={revoke.isPending} autoFocus>
          {t("oauth:apps.cancel")}
        </Button>
        <Button color="error" variant="contained" onClick={() => revoke.mutate()} loading={revoke.isPending}>
          {t("oauth:apps.revoke")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
