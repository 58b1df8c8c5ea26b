import { useTranslation } from "react-i18next";
import { Box, Chip, Typography } from "@mui/material";
import type { Share } from "../../api/queries/shares";
import { formatDate } from "../../lib/format";

/** What a share link's state is: expired or until when, downloads left, views and downloads. */
export function ShareState({ share }: { share: Share }) {
  const { t, i18n } = useTranslation("shares");
  const lng = i18n.language;
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
      {share.expired && <Chip size="small" color="warning" label={t("state.expired")} />}
      {share.is_private && <Chip size="small" variant="outlined" label={t("state.private")} />}
      <Typography variant="body2" color="text.secondary" component="span">
        {[
          t("state.created", { date: formatDate(share.created_at, lng) }),
          share.expires && !share.expired ? t("state.expires", { date: formatDate(share.expires, lng) }) : null,
          share.remain_downloads !== undefined && !share.expired ? t("state.remaining", { count: share.remain_downloads }) : null,
          t("state.views", { count: share.visited }),
          t("state.downloads", { count: share.downloaded ?? 0 }),
        ]
          .filter(Boolean)
          .join(" · ")}
      </Typography>
    </Box>
  );
}
