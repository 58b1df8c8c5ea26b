import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormHelperText, Stack, Switch, TextField } from "@mui/material";
import FolderIcon from "@mui/icons-material/FolderOpenOutlined";
import type { DavAccount } from "../../api/queries/dav";
import { describeError } from "../../api/errors";
import { parseUri, tryParseUri } from "../../lib/uri";
import { dialogs } from "../explorer/dialogs";
import type { DialogProps } from "../explorer/dialogs/host";
import { davFlags, nameProblem } from "./davAccount";
import type { AccountDialogProps } from "./dialogs";
import { useRootLabel } from "./useRootLabel";

const MY_ROOT = "cloudreve://my";
// The picker asks for folders a page at a time; the server caps the page size at its own maximum.
const PICKER_PAGE_SIZE = 200;

/** Creates or edits a WebDAV account: its name, root folder and options (contract §6.2, §6.3). */
export default function AccountDialog({ open, props, close }: DialogProps<AccountDialogProps, DavAccount>) {
  const { t } = useTranslation("connect");
  const rootLabel = useRootLabel();
  const ids = useId();
  const existing = props.account;
  const [initial] = useState(() => davFlags(existing?.options));
  const [name, setName] = useState(existing?.name ?? "");
  const [root, setRoot] = useState(existing?.uri ?? MY_ROOT);
  const [readOnly, setReadOnly] = useState(initial.readOnly);
  const [proxy, setProxy] = useState(initial.proxy);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const problem = nameProblem(name);
  const nameError = touched && problem ? t(`form.name.${problem}`) : "";

  const chooseRoot = async () => {
    // The picker browses My files; a root inside a share starts it at the top.
    const current = tryParseUri(root);
    const start = current?.fs === "my" ? current.withoutSearch() : parseUri(MY_ROOT);
    const picked = await dialogs.pickFolder({ title: t("form.pickTitle"), confirmLabel: t("form.pickConfirm"), start, exclude: [], maxPageSize: PICKER_PAGE_SIZE });
    if (picked) setRoot(picked);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem || busy) return;
    setBusy(true);
    setError("");
    try {
      // Without the group's permission the server drops proxying anyway; do not ask for it.
      close(await props.save({ name: name.trim(), uri: root, readonly: readOnly, proxy: props.canProxy && proxy }));
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  const titleId = `${ids}-title`;
  return (
    <Dialog open={open} onClose={() => !busy && close()} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Box component="form" noValidate onSubmit={(e: FormEvent) => void submit(e)}>
        <DialogTitle id={titleId} sx={{ overflowWrap: "anywhere" }}>
          {existing ? t("form.editTitle", { name: existing.name }) : t("form.createTitle")}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && <Alert severity="error">{error}</Alert>}
            <TextField
              label={t("form.name.label")}
              value={name}
              required
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onBlur={() => setTouched(true)}
              error={Boolean(nameError)}
              helperText={nameError || t("form.name.help")}
            />
            <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start", flexWrap: { xs: "wrap", sm: "nowrap" } }}>
              <TextField
                label={t("form.root.label")}
                value={rootLabel(root)}
                fullWidth
                helperText={t("form.root.help")}
                slotProps={{ htmlInput: { readOnly: true } }}
              />
              <Button variant="outlined" startIcon={<FolderIcon aria-hidden />} onClick={() => void chooseRoot()} sx={{ flexShrink: 0, mt: { sm: 1 } }}>
                {t("form.root.choose")}
              </Button>
            </Box>
            <Box>
              <FormControlLabel
                control={<Switch checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} slotProps={{ input: { "aria-describedby": `${ids}-ro` } }} />}
                label={t("form.readOnly.label")}
              />
              <FormHelperText id={`${ids}-ro`} sx={{ mt: 0 }}>
                {t("form.readOnly.help")}
              </FormHelperText>
            </Box>
            {props.canProxy && (
              <Box>
                <FormControlLabel
                  control={<Switch checked={proxy} onChange={(e) => setProxy(e.target.checked)} slotProps={{ input: { "aria-describedby": `${ids}-proxy` } }} />}
                  label={t("form.proxy.label")}
                />
                <FormHelperText id={`${ids}-proxy`} sx={{ mt: 0 }}>
                  {t("form.proxy.help")}
                </FormHelperText>
              </Box>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {existing ? t("form.save") : t("form.create")}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
