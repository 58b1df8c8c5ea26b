import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Box, Paper, Typography } from "@mui/material";
import type { Share } from "../../../api/queries/shares";
import { useCurrentSession } from "../../../shared/useSession";
import { formatDate } from "../../../lib/format";
import { OwnerLine } from "./OwnerLine";

// Only signed-in visitors can save a share: anonymous ones never load it.
const SaveToMyFiles = lazy(() => import("./SaveToMyFiles"));

/** Who shares what, since and until when, and how often it was seen and downloaded. */
export function ShareHeader({ share }: { share: Share }) {
  const { t, i18n } = useTranslation("shares");
  const session = useCurrentSession();
  const lng = i18n.language;
  const facts = [
    t("state.created", { date: formatDate(share.created_at, lng) }),
    share.expires ? t("state.expires", { date: formatDate(share.expires, lng) }) : t("state.noExpiry"),
    share.remain_downloads !== undefined ? t("state.remaining", { count: share.remain_downloads }) : null,
    t("state.views", { count: share.visited }),
    t("state.downloads", { count: share.downloaded ?? 0 }),
  ].filter(Boolean);
  return (
    <Paper
      square
      variant="outlined"
      sx={{ px: { xs: 1.5, sm: 2 }, py: 1.5, borderLeft: 0, borderRight: 0, borderTop: 0, display: "flex", gap: 2, alignItems: "center", flexWrap: "wrap" }}
    >
      <Box sx={{ flex: "1 1 240px", minWidth: 0 }}>
        <Typography variant="h6" component="p" sx={{ overflowWrap: "anywhere" }}>
          <bdi>{share.name ?? t("landing.title")}</bdi>
        </Typography>
        <Box sx={{ display: "flex", gap: 2, alignItems: "center", flexWrap: "wrap", mt: 0.5 }}>
          <OwnerLine owner={share.owner} />
          <Typography variant="body2" color="text.secondary">
            {facts.join(" · ")}
          </Typography>
        </Box>
      </Box>
      {session && (
        <Suspense fallback={null}>
          <SaveToMyFiles share={share} isOwner={session.user.id === share.owner.id} />
        </Suspense>
      )}
    </Paper>
  );
}
