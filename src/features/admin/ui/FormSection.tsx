import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, FormControlLabel, FormHelperText, Paper, Switch, Typography } from "@mui/material";

/** One titled block of a form; its h2 lets screen-reader users jump between blocks. */
export function FormSection({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 3 }, mb: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: description ? 0.5 : 2 }}>
        {title}
      </Typography>
      {description && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
          {description}
        </Typography>
      )}
      <Box sx={{ display: "grid", gap: 2.5, maxWidth: 760 }}>{children}</Box>
    </Paper>
  );
}

/** A labelled switch with its explanation underneath, tied together for screen readers. */
export function SwitchField({
  label,
  help,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  help?: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <Box>
      <FormControlLabel
        control={
          <Switch
            checked={checked}
            disabled={disabled}
            onChange={(e) => onChange(e.target.checked)}
            slotProps={{ input: { "aria-describedby": help ? id : undefined } }}
          />
        }
        label={label}
      />
      {help && (
        <FormHelperText id={id} sx={{ mt: 0, ml: 6 }}>
          {help}
        </FormHelperText>
      )}
    </Box>
  );
}

/**
 * Stays at the bottom of the screen while a form has changes: says so, and offers to discard or
 * save them. Saving sends only what changed.
 */
export function SaveBar({
  dirty,
  busy,
  onSave,
  onDiscard,
  saveLabel,
}: {
  dirty: boolean;
  busy: boolean;
  onSave: () => void;
  onDiscard: () => void;
  saveLabel?: string;
}) {
  const { t } = useTranslation("admin");
  return (
    <Paper
      elevation={dirty ? 6 : 0}
      variant={dirty ? "elevation" : "outlined"}
      sx={{ position: "sticky", bottom: { xs: 8, sm: 16 }, zIndex: 2, p: 1.5, display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap", maxWidth: 808 }}
    >
      <Typography role="status" sx={{ flexGrow: 1, px: 1 }} color={dirty ? "text.primary" : "text.secondary"}>
        {dirty ? t("unsaved.bar") : t("unsaved.none")}
      </Typography>
      <Button onClick={onDiscard} disabled={!dirty || busy}>
        {t("unsaved.discardShort")}
      </Button>
      <Button variant="contained" onClick={onSave} disabled={!dirty} loading={busy}>
        {saveLabel ?? t("common.save")}
      </Button>
    </Paper>
  );
}
