import { useTranslation } from "react-i18next";
import { Box, Button, Link, Paper, Typography } from "@mui/material";
import { usePageTitle } from "../../shared/usePageTitle";
import type { ServerKind } from "./detect";

const UPGRADE_DOCS = "https://docs.cloudreve.org/";

/** Says in plain words that the server is not one this app can work with, and what to do. */
export default function UnsupportedServer({ found }: { found: Exclude<ServerKind, { kind: "v4" }> }) {
  const { t } = useTranslation("compat");
  const title = found.kind === "v3" ? t("v3.title", { version: found.version }) : t("other.title");
  usePageTitle(title);
  return (
    <Box component="main" sx={{ minHeight: "100vh", display: "grid", placeItems: "center", p: 2, bgcolor: "background.default" }}>
      <Paper variant="outlined" sx={{ maxWidth: 560, p: { xs: 3, sm: 4 } }}>
        <Typography variant="h5" component="h1" gutterBottom>
          {title}
        </Typography>
        {found.kind === "v3" ? (
          <>
            <Typography sx={{ mb: 2 }}>{t("v3.body")}</Typography>
            <Typography sx={{ mb: 2 }}>{t("v3.admin")}</Typography>
            <Link href={UPGRADE_DOCS} target="_blank" rel="noopener noreferrer">
              {t("v3.docs")}
            </Link>
          </>
        ) : (
          <>
            <Typography sx={{ mb: 2 }}>{t("other.body", { origin: window.location.origin })}</Typography>
            <Typography sx={{ mb: 2 }}>{t("other.admin")}</Typography>
            <Button variant="contained" onClick={() => window.location.reload()}>
              {t("other.retry")}
            </Button>
          </>
        )}
      </Paper>
    </Box>
  );
}
