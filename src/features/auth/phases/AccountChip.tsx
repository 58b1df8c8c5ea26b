import { useTranslation } from "react-i18next";
import { Box, Button, Typography } from "@mui/material";
import PersonIcon from "@mui/icons-material/AccountCircleOutlined";

/** The e-mail being signed in to, with the way back to pick another one. */
export function AccountChip({ email, onChange }: { email: string; onChange: () => void }) {
  const { t } = useTranslation("auth");
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 1, p: 1, pl: 1.5, border: 1, borderColor: "divider", borderRadius: "24px" }}>
      <PersonIcon color="action" aria-hidden />
      <Typography variant="body2" sx={{ flex: 1, minWidth: 0, wordBreak: "break-all" }}>
        {email}
      </Typography>
      <Button size="small" onClick={onChange} aria-label={t("password.changeAccount")}>
        {t("action.change")}
      </Button>
    </Box>
  );
}
