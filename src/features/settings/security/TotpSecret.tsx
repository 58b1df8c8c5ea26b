import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, Link, Typography } from "@mui/material";
import CopyIcon from "@mui/icons-material/ContentCopyOutlined";
import DoneIcon from "@mui/icons-material/Check";
import { QrCode } from "../../../shared/ui/QrCode";

/** "ABCDEFGH…" → "ABCD EFGH …": easier to read and type; apps ignore the spaces. */
export const groupSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, "$1 ");

/**
 * The new 2FA secret: a QR code of the otpauth:// URI for an authenticator app's camera; the key
 * with a copy button for apps without one; and the otpauth:// link that opens an installed
 * authenticator app on phones, where the QR code is on the very screen that would scan it.
 */
export function TotpSecret({ secret, uri }: { secret: string; uri: string }) {
  const { t } = useTranslation("settings");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard permission: the key stays selectable on screen.
    }
  };
  return (
    <Box sx={{ p: 2, borderRadius: 2, border: 1, borderColor: "divider" }}>
      <Box sx={{ display: "flex", justifyContent: "center", mb: 2 }}>
        <QrCode text={uri} label={t("security.qrLabel")} size={176} />
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" id="totp-secret-label">
        {t("security.secretLabel")}
      </Typography>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
        <Typography sx={{ fontFamily: "monospace", fontSize: 18, letterSpacing: 1, flex: 1, minWidth: 0, overflowWrap: "anywhere", userSelect: "all" }}>
          {groupSecret(secret)}
        </Typography>
        <Button size="small" startIcon={copied ? <DoneIcon /> : <CopyIcon />} onClick={copy}>
          {copied ? t("security.copied") : t("security.copy")}
        </Button>
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }}>
        <Link href={uri}>{t("security.openInApp")}</Link>
      </Typography>
      <span role="status" style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
        {copied ? t("security.copiedAnnounce") : ""}
      </span>
    </Box>
  );
}
