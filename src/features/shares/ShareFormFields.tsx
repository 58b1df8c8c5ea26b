import { useTranslation } from "react-i18next";
import { Alert, Box, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, Switch, TextField, Typography } from "@mui/material";
import { SwitchField } from "../../shared/fields/SwitchField";
import { EXPIRY_PRESETS, type ExpiryChoice } from "./expiry";
import type { ShareForm, ShareFormProblems } from "./shareForm";

interface FieldsProps {
  form: ShareForm;
  set: (patch: Partial<ShareForm>) => void;
  problems: ShareFormProblems;
}

interface DialogFacts {
  editing: boolean;
  isFolder: boolean;
  /** The server has the "Show README" setting (newer servers; older ones always show a README). */
  readmeOption: boolean;
  error: string;
}

/** The share dialog's options: password, expiry, download limit and (for folders) the share's view and README. */
export function ShareFormFields({ form, set, problems, editing, isFolder, readmeOption, error }: FieldsProps & DialogFacts) {
  const { t } = useTranslation("shares");
  const downloadsError = problems.downloads ? t(problems.downloads) : "";
  return (
    <Stack spacing={1.5}>
      {error && <Alert severity="error">{error}</Alert>}
      <FormControlLabel
        control={<Switch checked={form.isPrivate} disabled={editing} onChange={(e) => set({ isPrivate: e.target.checked })} />}
        label={t("dialog.private")}
      />
      {form.isPrivate &&
        (editing ? (
          <Typography variant="body2" color="text.secondary">
            {t("dialog.passwordKept")}
          </Typography>
        ) : (
          <PasswordFields form={form} set={set} problems={problems} />
        ))}
      <FormControlLabel control={<Switch checked={form.expires} onChange={(e) => set({ expires: e.target.checked })} />} label={t("dialog.expires")} />
      {form.expires && <ExpiryFields form={form} set={set} problems={problems} />}
      <FormControlLabel control={<Switch checked={form.limited} onChange={(e) => set({ limited: e.target.checked })} />} label={t("dialog.limitDownloads")} />
      {form.limited && (
        <Box sx={{ pl: 2 }}>
          <TextField
            type="number"
            size="small"
            label={t("dialog.downloads")}
            value={form.downloads}
            onChange={(e) => set({ downloads: e.target.value })}
            error={Boolean(downloadsError)}
            helperText={downloadsError || " "}
            slotProps={{ htmlInput: { min: 1, step: 1 } }}
          />
        </Box>
      )}
      {isFolder && (
        <FormControlLabel control={<Switch checked={form.shareView} onChange={(e) => set({ shareView: e.target.checked })} />} label={t("dialog.shareView")} />
      )}
      {isFolder && readmeOption && (
        <SwitchField label={t("dialog.showReadme")} help={t("dialog.showReadmeHelp")} checked={form.showReadme} onChange={(on) => set({ showReadme: on })} />
      )}
    </Stack>
  );
}

/** A new private link: a password the server picks, or one the user types. */
function PasswordFields({ form, set, problems }: FieldsProps) {
  const { t } = useTranslation("shares");
  const passwordError = problems.password ? t(problems.password) : "";
  return (
    <Box sx={{ pl: 2 }}>
      <RadioGroup
        value={form.customPassword ? "custom" : "random"}
        onChange={(e) => set({ customPassword: e.target.value === "custom" })}
        aria-label={t("dialog.passwordKind")}
      >
        <FormControlLabel value="random" control={<Radio />} label={t("dialog.randomPassword")} />
        <FormControlLabel value="custom" control={<Radio />} label={t("dialog.customPassword")} />
      </RadioGroup>
      {form.customPassword && (
        <TextField
          size="small"
          label={t("dialog.password")}
          value={form.password}
          onChange={(e) => set({ password: e.target.value })}
          error={Boolean(passwordError) && form.password !== ""}
          helperText={passwordError || " "}
          slotProps={{ htmlInput: { maxLength: 32, autoComplete: "off" } }}
        />
      )}
    </Box>
  );
}

/** A preset lifetime, or a date and time of the user's choosing. */
function ExpiryFields({ form, set, problems }: FieldsProps) {
  const { t } = useTranslation("shares");
  const dateError = problems.date ? t(problems.date) : "";
  return (
    <Box sx={{ pl: 2, display: "flex", gap: 1, flexWrap: "wrap" }}>
      <TextField
        select
        size="small"
        label={t("dialog.expiresAfter")}
        value={form.expiry}
        onChange={(e) => set({ expiry: e.target.value as ExpiryChoice })}
        sx={{ minWidth: 160 }}
      >
        {EXPIRY_PRESETS.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {t(`expiry.${p.id}`)}
          </MenuItem>
        ))}
        <MenuItem value="custom">{t("expiry.custom")}</MenuItem>
      </TextField>
      {form.expiry === "custom" && (
        <TextField
          type="datetime-local"
          size="small"
          label={t("dialog.expiresAt")}
          value={form.customDate}
          onChange={(e) => set({ customDate: e.target.value })}
          error={Boolean(dateError)}
          helperText={dateError || " "}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      )}
    </Box>
  );
}
