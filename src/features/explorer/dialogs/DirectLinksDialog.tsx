import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, TextField, Tooltip } from "@mui/material";
import CopyIcon from "@mui/icons-material/ContentCopyOutlined";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { DirectLinksProps } from ".";
import { forceDownloadLink } from "../../../lib/serverVersion";
import { ForceDownloadSwitch } from "./ForceDownloadSwitch";

/** Direct links made with PUT /file/source, each with a copy button; "copy all" for several; their download variant where the server has it. */
export default function DirectLinksDialog({ open, props, close }: DialogProps<DirectLinksProps, void>) {
  const { t } = useTranslation("explorer");
  const [copied, setCopied] = useState<number | "all" | null>(null);
  const [download, setDownload] = useState(false);
  const links = props.links.map((l) => ({ name: l.name, link: download ? forceDownloadLink(l.link) : l.link }));
  const copy = async (text: string, which: number | "all") => {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    setCopied(which);
  };
  return (
    <Dialog open={open} onClose={() => close()} maxWidth="sm" fullWidth aria-labelledby="links-title">
      <DialogTitle id="links-title">{t("directLinks.title")}</DialogTitle>
      <DialogContent>
        {props.note && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {props.note}
          </Alert>
        )}
        <ForceDownloadSwitch checked={download} onChange={setDownload} />
        {links.map((l, i) => (
          <Box key={i} sx={{ display: "flex", alignItems: "center", gap: 1, mt: 1 }}>
            <TextField
              fullWidth
              size="small"
              label={l.name}
              value={l.link}
              slotProps={{ htmlInput: { readOnly: true, onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select() } }}
            />
            <Tooltip title={copied === i ? t("directLinks.copied") : t("directLinks.copy")}>
              <IconButton aria-label={t("directLinks.copyOne", { name: l.name })} onClick={() => void copy(l.link, i)}>
                <CopyIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        ))}
        <Box role="status" sx={{ mt: 1, typography: "caption", color: "text.secondary" }}>
          {copied !== null ? t("directLinks.copied") : ""}
        </Box>
      </DialogContent>
      <DialogActions>
        {links.length > 1 && <Button onClick={() => void copy(links.map((l) => l.link).join("\n"), "all")}>{t("directLinks.copyAll")}</Button>}
        <Button onClick={() => close()} variant="contained">
          {t("common.close")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
