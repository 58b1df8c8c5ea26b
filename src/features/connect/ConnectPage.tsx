import { useTranslation } from "react-i18next";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Box, Button, Paper, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import BlockIcon from "@mui/icons-material/DesktopAccessDisabledOutlined";
import { describeError } from "../../api/errors";
import { davQueries } from "../../api/queries/dav";
import { userQueries } from "../../api/queries/user";
import { EmptyCard, PagedList } from "../../shared/PagedList";
import { usePageTitle } from "../../shared/usePageTitle";
import { useCurrentSession } from "../../shared/useSession";
import { GroupPerm, hasGroupPerm } from "../../lib/capabilities";
import { AccountRow } from "./AccountRow";
import { useDavActions } from "./useDavActions";

/** `/connect`: WebDAV accounts for mounting the user's files on other devices (docs/server-behaviour.md, "WebDAV accounts"). */
export function ConnectPage() {
  const { t } = useTranslation("connect");
  usePageTitle(t("page.title"));
  const session = useCurrentSession();
  // The stored user may predate a change of group: ask the server, showing the stored one meanwhile.
  const me = useQuery({ ...userQueries.me(), placeholderData: session?.user });
  const user = me.data ?? session?.user;
  const permission = user?.group?.permission;
  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 960 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t("page.title")}
      </Typography>
      {hasGroupPerm(permission, GroupPerm.WebDAV) ? (
        <DavAccounts canProxy={hasGroupPerm(permission, GroupPerm.WebDAVProxy)} userName={user?.email ?? ""} />
      ) : (
        <NoWebDav />
      )}
    </Box>
  );
}

function NoWebDav() {
  const { t } = useTranslation("connect");
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 }, display: "flex", gap: 2, alignItems: "flex-start", maxWidth: 640 }}>
      <BlockIcon color="action" aria-hidden sx={{ fontSize: 40, display: { xs: "none", sm: "block" } }} />
      <Box>
        <Typography variant="h6" component="h2" gutterBottom>
          {t("unavailable.title")}
        </Typography>
        <Typography color="text.secondary">{t("unavailable.body")}</Typography>
      </Box>
    </Paper>
  );
}

function DavAccounts({ canProxy, userName }: { canProxy: boolean; userName: string }) {
  const { t } = useTranslation("connect");
  const query = useInfiniteQuery(davQueries.accounts());
  const actions = useDavActions({ canProxy, userName });
  const accounts = query.data?.pages.flatMap((p) => p.accounts) ?? [];
  const headingId = "dav-accounts-heading";

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
        {t("page.intro")}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", mb: 2 }}>
        <Typography id={headingId} variant="h6" component="h2">
          {t("list.title")}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => void actions.create()}>
          {t("list.create")}
        </Button>
      </Box>
      <PagedList
        query={query}
        items={accounts}
        labelledBy={headingId}
        placeholders={{ count: 3, height: 72 }}
        texts={{
          loading: t("list.loading"),
          failed: t("list.failed", { reason: describeError(query.error, t) }),
          moreFailed: t("list.moreFailed", { reason: describeError(query.error, t) }),
          more: t("list.more"),
          retry: t("common.retry"),
        }}
        empty={<EmptyCard title={t("list.empty")} hint={t("list.emptyHint")} />}
      >
        {(a) => <AccountRow key={a.id} account={a} onInfo={actions.showInfo} onEdit={(x) => void actions.edit(x)} onDelete={(x) => void actions.remove(x)} />}
      </PagedList>
    </Box>
  );
}
