import { lazy, Suspense } from "react";
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { Box, Button, CircularProgress, List, ListItemButton, ListItemIcon, ListItemText, Typography, useMediaQuery, useTheme } from "@mui/material";
import { SECTIONS, sectionOf } from "./nav";

const named = <K extends string, M extends Record<K, React.ComponentType>>(load: () => Promise<M>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

// Each section is a chunk of its own: opening the users list never loads the settings forms.
const SummaryPage = named(() => import("./summary/SummaryPage"), "SummaryPage");
const SettingsPage = named(() => import("./settings/SettingsPage"), "SettingsPage");
const UsersPage = named(() => import("./users/UsersPage"), "UsersPage");
const GroupsPage = named(() => import("./groups/GroupsPage"), "GroupsPage");
const GroupEditPage = named(() => import("./groups/GroupEditPage"), "GroupEditPage");
const PoliciesPage = named(() => import("./policies/PoliciesPage"), "PoliciesPage");
const PolicyEditPage = named(() => import("./policies/PolicyEditPage"), "PolicyEditPage");
const FilesPage = named(() => import("./files/FilesPage"), "FilesPage");
const SharesPage = named(() => import("./shares/SharesPage"), "SharesPage");

/** The dashboard frame: its section navigation beside (or, on phones, above) the section's page. */
export default function AdminApp() {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up("lg"), { noSsr: true });
  return (
    <Box sx={{ display: "flex", flexDirection: wide ? "row" : "column", minWidth: 0 }}>
      <SectionNav vertical={wide} />
      <Box sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3 } }}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route index element={<Navigate to="home" replace />} />
            <Route path="home" element={<SummaryPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="user" element={<UsersPage />} />
            <Route path="group" element={<GroupsPage />} />
            <Route path="group/:id" element={<GroupEditPage />} />
            <Route path="policy" element={<PoliciesPage />} />
            <Route path="policy/:id" element={<PolicyEditPage />} />
            <Route path="file" element={<FilesPage />} />
            <Route path="share" element={<SharesPage />} />
            <Route path="*" element={<Elsewhere />} />
          </Routes>
        </Suspense>
      </Box>
    </Box>
  );
}

function SectionNav({ vertical }: { vertical: boolean }) {
  const { t } = useTranslation("admin");
  const current = sectionOf(useLocation().pathname);
  const label = t("nav.label");
  if (vertical) {
    return (
      <Box component="nav" aria-label={label} sx={{ width: 220, flexShrink: 0, borderRight: 1, borderColor: "divider", pt: 2 }}>
        <Typography variant="overline" component="p" color="text.secondary" sx={{ px: 3 }}>
          {t("title")}
        </Typography>
        <List dense>
          {SECTIONS.map((s) => (
            <li key={s.path}>
              <ListItemButton
                component={RouterLink}
                to={`/admin/${s.path}`}
                selected={current === s.path}
                aria-current={current === s.path ? "page" : undefined}
                sx={{ borderRadius: 6, mx: 1 }}
              >
                <ListItemIcon sx={{ minWidth: 36 }} aria-hidden>
                  {s.icon}
                </ListItemIcon>
                <ListItemText primary={t(s.labelKey)} />
              </ListItemButton>
            </li>
          ))}
        </List>
      </Box>
    );
  }
  // Phones and tablets: one scrolling row of links above the page.
  return (
    <Box component="nav" aria-label={label} sx={{ borderBottom: 1, borderColor: "divider", overflowX: "auto", px: { xs: 1, sm: 2 }, py: 1 }}>
      <Box component="ul" sx={{ display: "flex", gap: 0.5, listStyle: "none", m: 0, p: 0, width: "max-content" }}>
        {SECTIONS.map((s) => (
          <li key={s.path}>
            <Button
              component={RouterLink}
              to={`/admin/${s.path}`}
              size="small"
              startIcon={s.icon}
              variant={current === s.path ? "contained" : "text"}
              color={current === s.path ? "primary" : "inherit"}
              aria-current={current === s.path ? "page" : undefined}
              sx={{ whiteSpace: "nowrap", borderRadius: 6 }}
            >
              {t(s.labelKey)}
            </Button>
          </li>
        ))}
      </Box>
    </Box>
  );
}

function Loading() {
  const { t } = useTranslation("admin");
  return (
    <Box sx={{ display: "grid", placeItems: "center", p: 6 }}>
      <CircularProgress aria-label={t("common.loading")} />
    </Box>
  );
}

/** Dashboard paths this build has no page for (nodes, blobs, tasks, OAuth clients come later). */
function Elsewhere() {
  const { t } = useTranslation("admin");
  return (
    <Box sx={{ maxWidth: 640 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t("elsewhere.title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t("elsewhere.body")}
      </Typography>
      <Button variant="contained" component={RouterLink} to="/admin/home">
        {t("elsewhere.home")}
      </Button>
    </Box>
  );
}
