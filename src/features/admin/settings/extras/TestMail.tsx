import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, TextField, Typography } from "@mui/material";
import SendIcon from "@mui/icons-material/SendOutlined";
import { adminApi } from "../../../../api/queries/adminMutations";
import { useCurrentSession } from "../../../../shared/useSession";
import type { Values } from "../types";
import { explain } from "../../ui/explain";

const SMTP_KEYS = ["fromName", "fromAdress", "replyTo", "smtpHost", "smtpPort", "smtpUser", "smtpPass", "smtpEncryption", "mail_keepalive"];

/** Sends a test mail with the settings as they are in the form, saved or not, so they can be tried first. */
export function TestMail({ values }: { values: Values }) {
  const { t } = useTranslation("admin");
  const me = useCurrentSession()?.user.email ?? "";
  const [to, setTo] = useState(me);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const valid = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to.trim());
  const send = async () => {
    setBusy(true);
    setResult(undefined);
    try {
      await adminApi.testMail(to.trim(), Object.fromEntries(SMTP_KEYS.filter((k) => k in values).map((k) => [k, values[k]!])));
      setResult({ ok: true, text: t("settings.testMail.sent", { to: to.trim() }) });
    } catch (e) {
      setResult({ ok: false, text: explain(e, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ borderTop: 1, borderColor: "divider", pt: 2, display: "grid", gap: 1 }}>
      <Typography variant="subtitle1" component="h3">
        {t("settings.testMail.title")}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t("settings.testMail.help")}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "flex-start" }}>
        <TextField
          size="small"
          type="email"
          label={t("settings.testMail.to")}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={Boolean(to) && !valid}
          sx={{ flex: "1 1 240px" }}
        />
        <Button variant="outlined" startIcon={<SendIcon aria-hidden />} loading={busy} disabled={!valid} onClick={() => void send()}>
          {t("settings.testMail.send")}
        </Button>
      </Box>
      {result && (
        <Alert severity={result.ok ? "success" : "error"} role="status" sx={{ overflowWrap: "anywhere" }}>
          {result.text}
        </Alert>
      )}
    </Box>
  );
}
