import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  Switch,
  TextField,
  Typography,
} from "@mui/material";
import { describeError } from "../../api/errors";
import { createShare, editShare, shareKeys, type ShareRequest } from "../../api/queries/shares";
import { fileKeys } from "../../api/queries/files";
import type { DialogProps } from "../../shared/dialogs/host";
import type { ShareDialogProps } from "./shareDialog";
import { CopyLink } from "./CopyLink";
import { QrCode } from "../../shared/ui/QrCode";
import { EXPIRY_PRESETS, PASSWORD_RE, expirySeconds, toLocalInput, type ExpiryChoice } from "./expiry";

/** Create or edit a share link (contract §9.1, §9.2); the result step shows the link and its QR code. */
export default function ShareDialog({ open, props, close }: DialogProps<ShareDialogProps, string>) {
  const { t } = useTranslation("shares");
  const queryClient = useQueryClient();
  const existing = props.share;
  const [isPrivate, setPrivate] = useState(existing ? Boolean(existing.is_private || existing.password) : false);
  const [customPassword, setCustomPassword] = useState(false);
  const [password, setPassword] = useState("");
  const [expires, setExpires] = useState(Boolean(existing?.expires));
  const [expiry, setExpiry] = useState<ExpiryChoice>(existing?.expires ? "custom" : "day");
  // "Now" as of opening the dialog: what the form checks the chosen date against.
  const [openedAt] = useState(() => Date.now());
  const [customDate, setCustomDate] = useState(() => toLocalInput(existing?.expires ? new Date(existing.expires) : new Date(openedAt + 86_400_000)));
  const [limited, setLimited] = useState(existing?.remain_downloads !== undefined);
  const [downloads, setDownloads] = useState(String(existing?.remain_downloads ?? 1));
  const [shareView, setShareView] = useState(Boolean(existing?.share_view));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [link, setLink] = useState<string | null>(null);

  const passwordError = !existing && isPrivate && customPassword && !PASSWORD_RE.test(password) ? t("dialog.passwordRule") : "";
  const expireSeconds = expires ? expirySeconds(expiry, customDate, openedAt) : 0;
  const dateError = expires && expiry === "custom" && expireSeconds <= 0 ? t("dialog.dateInPast") : "";
  const downloadCount = Number.parseInt(downloads, 10);
  const downloadsError = limited && !(downloadCount > 0) ? t("dialog.downloadsRule") : "";
  const invalid = Boolean(passwordError || dateError || downloadsError);

  const submit = async () => {
    if (invalid) return;
    setBusy(true);
    setError("");
    const body: ShareRequest = {
      uri: props.uri,
      is_private: isPrivate,
      ...(isPrivate && customPassword && !existing ? { password } : {}),
      downloads: limited ? downloadCount : 0,
      expire: expires ? expirySeconds(expiry, customDate, Date.now()) : 0,
      share_view: props.isFolder && shareView,
    };
    try {
      const url = existing ? await editShare(existing.id, body) : await createShare(body);
      setLink(url);
      void queryClient.invalidateQueries({ queryKey: shareKeys.all });
      void queryClient.invalidateQueries({ queryKey: fileKeys.all });
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  const title = existing ? t("dialog.editTitle", { name: props.name }) : t("dialog.createTitle", { name: props.name });
  return (
    <Dialog open={open} onClose={() => close(link ?? undefined)} maxWidth="sm" fullWidth aria-labelledby="share-title">
      <DialogTitle id="share-title" sx={{ overflowWrap: "anywhere" }}>
        {title}
      </DialogTitle>
      {link ? (
        <DialogContent>
          <Typography sx={{ mb: 2 }}>{existing ? t("dialog.saved") : t("dialog.created")}</Typography>
          <CopyLink link={link} label={t("link.label")} />
          <Box sx={{ display: "flex", justifyContent: "center", mt: 1 }}>
            <QrCode text={link} label={t("link.qr")} />
          </Box>
        </DialogContent>
      ) : (
        <DialogContent>
          <Stack spacing={1.5}>
            {error && <Alert severity="error">{error}</Alert>}
            <FormControlLabel
              control={<Switch checked={isPrivate} disabled={Boolean(existing)} onChange={(e) => setPrivate(e.target.checked)} />}
              label={t("dialog.private")}
            />
            {existing
              ? isPrivate && (
                  <Typography variant="body2" color="text.secondary">
                    {t("dialog.passwordKept")}
                  </Typography>
                )
              : isPrivate && (
                  <Box sx={{ pl: 2 }}>
                    <RadioGroup
                      value={customPassword ? "custom" : "random"}
                      onChange={(e) => setCustomPassword(e.target.value === "custom")}
                      aria-label={t("dialog.passwordKind")}
                    >
                      <FormControlLabel value="random" control={<Radio />} label={t("dialog.randomPassword")} />
                      <FormControlLabel value="custom" control={<Radio />} label={t("dialog.customPassword")} />
                    </RadioGroup>
                    {customPassword && (
                      <TextField
                        size="small"
                        label={t("dialog.password")}
                        value={password}
                        onChange={(e) => setPassword(e.target.value)}
                        error={Boolean(passwordError) && password !== ""}
                        helperText={passwordError || " "}
                        slotProps={{ htmlInput: { maxLength: 32, autoComplete: "off" } }}
                      />
                    )}
                  </Box>
                )}
            <FormControlLabel control={<Switch checked={expires} onChange={(e) => setExpires(e.target.checked)} />} label={t("dialog.expires")} />
            {expires && (
              <Box sx={{ pl: 2, display: "flex", gap: 1, flexWrap: "wrap" }}>
                <TextField
                  select
                  size="small"
                  label={t("dialog.expiresAfter")}
                  value={expiry}
                  onChange={(e) => setExpiry(e.target.value as ExpiryChoice)}
                  sx={{ minWidth: 160 }}
                >
                  {EXPIRY_PRESETS.map((p) => (
                    <MenuItem key={p.id} value={p.id}>
                      {t(`expiry.${p.id}`)}
                    </MenuItem>
                  ))}
                  <MenuItem value="custom">{t("expiry.custom")}</MenuItem>
                </TextField>
                {expiry === "custom" && (
                  <TextField
                    type="datetime-local"
                    size="small"
                    label={t("dialog.expiresAt")}
                    value={customDate}
                    onChange={(e) => setCustomDate(e.target.value)}
                    error={Boolean(dateError)}
                    helperText={dateError || " "}
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                )}
              </Box>
            )}
            <FormControlLabel control={<Switch checked={limited} onChange={(e) => setLimited(e.target.checked)} />} label={t("dialog.limitDownloads")} />
            {limited && (
              <Box sx={{ pl: 2 }}>
                <TextField
                  type="number"
                  size="small"
                  label={t("dialog.downloads")}
                  value={downloads}
                  onChange={(e) => setDownloads(e.target.value)}
                  error={Boolean(downloadsError)}
                  helperText={downloadsError || " "}
                  slotProps={{ htmlInput: { min: 1, step: 1 } }}
                />
              </Box>
            )}
            {props.isFolder && (
              <FormControlLabel control={<Switch checked={shareView} onChange={(e) => setShareView(e.target.checked)} />} label={t("dialog.shareView")} />
            )}
          </Stack>
        </DialogContent>
      )}
      <DialogActions>
        {link ? (
          <Button variant="contained" onClick={() => close(link)}>
            {t("common.done")}
          </Button>
        ) : (
          <>
            <Button onClick={() => close()}>{t("common.cancel")}</Button>
            <Button variant="contained" onClick={() => void submit()} disabled={busy || invalid}>
              {existing ? t("dialog.save") : t("dialog.create")}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
