import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from "@mui/material";
import type { DialogProps } from "../../shared/dialogs/host";
import { davFlags } from "./davAccount";
import type { ConnectionInfoProps } from "./dialogs";
import { CopyField } from "./CopyField";
import { useRootLabel } from "./useRootLabel";

/** What a WebDAV client needs to connect to one account: address, user name and password. */
export default function ConnectionInfoDialog({ open, props, close }: DialogProps<ConnectionInfoProps, void>) {
  const { t } = useTranslation("connect");
  const rootLabel = useRootLabel();
  const titleId = `${useId()}-title`;
  const [status, setStatus] = useState("");
  const { account } = props;
  const flags = davFlags(account.options);
  const fields = [
    { key: "server", value: props.server },
    { key: "userName", value: props.userName },
    { key: "password", value: account.password, monospace: true },
  ];
  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId} sx={{ overflowWrap: "anywhere" }}>
        {t("info.title", { name: account.name })}
      </DialogTitle>
      <DialogContent>
        {props.created && (
          <Alert severity="success" sx={{ mb: 2 }}>
            {t("info.created")}
          </Alert>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t(flags.readOnly ? "info.introReadOnly" : "info.intro", { root: rootLabel(account.uri) })}
        </Typography>
        <Stack spacing={2}>
          {fields.map((f) => (
            <CopyField
              key={f.key}
              label={t(`info.${f.key}.label`)}
              copyLabel={t(`info.${f.key}.copy`)}
              value={f.value}
              monospace={f.monospace}
              onCopied={(ok) => setStatus(ok ? t(`info.${f.key}.copied`) : t("info.copyFailed"))}
            />
          ))}
        </Stack>
        <Box role="status" sx={{ mt: 1, minHeight: 20, typography: "caption", color: "text.secondary" }}>
          {status}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={() => close()}>
          {t("common.done")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
