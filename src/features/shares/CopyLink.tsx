import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, TextField } from "@mui/material";
import CopyIcon from "@mui/icons-material/ContentCopyOutlined";

/** A read-only link field with a copy button that says when it worked. */
export function CopyLink({ link, label }: { link: string; label: string }) {
  const { t } = useTranslation("shares");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    setCopied(true);
  };
  return (
    <>
      <Box sx={{ display: "flex", gap: 1, alignItems: "center" }}>
        <TextField
          fullWidth
          size="small"
          label={label}
          value={link}
          slotProps={{ htmlInput: { readOnly: true, onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select() } }}
        />
        <Button variant="outlined" startIcon={<CopyIcon aria-hidden />} onClick={() => void copy()} sx={{ flexShrink: 0 }}>
          {t("link.copy")}
        </Button>
      </Box>
      <Box role="status" sx={{ mt: 0.5, minHeight: 20, typography: "caption", color: "text.secondary" }}>
        {copied ? t("link.copied") : ""}
      </Box>
    </>
  );
}
