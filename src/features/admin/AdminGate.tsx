import { lazy, Suspense } from "react";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Box, Button, CircularProgress, Paper, Typography } from "@mui/material";
import LockIcon from "@mui/icons-material/AdminPanelSettingsOutlined";
import { userQueries } from "../../api/queries/user";
import { usePageTitle } from "../../shared/usePageTitle";
import { useCurrentSession } from "../../shared/useSession";
import { GroupPerm, hasGroupPerm } from "../../lib/capabilities";

// Everything past this gate is its own chunk: nobody outside an admin group downloads the dashboard.
const AdminApp = lazy(() => import("./AdminApp"));

/**
 * `/admin/*`: the dashboard for members of a group with permission bit 0, and a plain explanation
 * for everyone else. The group is read from the server, so a demoted admin is refused at once.
 */
export function AdminGate() {
  const session = useCurrentSession();
  const me = useQuery({ ...userQueries.me(), placeholderData: session?.user });
  const user = me.data ?? session?.user;
  if (!hasGroupPerm(user?.group?.permission, GroupPerm.IsAdmin)) return <AdminOnly />;
  return (
    <Suspense fallback={<Spinner />}>
      <AdminApp />
    </Suspense>
  );
}

function Spinner() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: "grid", placeItems: "center", p: 6 }}>
      <CircularProgress aria-label={t("shell.loading")} />
    </Box>
  );
}

function AdminOnly() {
  const { t } = useTranslation();
  usePageTitle(t("adminOnly.title"));
  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 720 }}>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 }, display: "flex", gap: 2, alignItems: "flex-start" }}>
        <LockIcon color="action" aria-hidden sx={{ fontSize: 40, display: { xs: "none", sm: "block" } }} />
        <Box>
          <Typography variant="h5" component="h1" gutterBottom>
            {t("adminOnly.title")}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t("adminOnly.body")}
          </Typography>
          <Button variant="contained" component={RouterLink} to="/home">
            {t("adminOnly.home")}
          </Button>
        </Box>
      </Paper>
    </Box>
  );
}
