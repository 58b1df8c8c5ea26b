import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormHelperText,
  MenuItem,
  Stack,
  Switch,
  TextField,
} from "@mui/material";
import type { AdminUser, AdminUserStatus } from "../../../api/queries/admin";
import { describeError } from "../../../api/errors";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { UserDialogProps } from "./dialogs";
import { STATUSES, userProblems } from "./model";

/** Creates a user or edits one: e-mail, nickname, group, status, a new password, two-factor off. */
export default function UserDialog({ open, props, close }: DialogProps<UserDialogProps, AdminUser>) {
  const { t } = useTranslation("admin");
  const ids = useId();
  const existing = props.user;
  const [email, setEmail] = useState(existing?.email ?? "");
  const [nick, setNick] = useState(existing?.nick ?? "");
  const [group, setGroup] = useState(
    String(existing?.group_users ?? props.defaultGroup ?? props.groups.find((g) => g.id === 2)?.id ?? props.groups[0]?.id ?? ""),
  );
  const [status, setStatus] = useState<AdminUserStatus>(existing?.status ?? "active");
  const [password, setPassword] = useState("");
  const [no2fa, setNo2fa] = useState(false);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const problems = userProblems({ email, nick, password, isNew: !existing });
  const shown = (k: keyof typeof problems) => (touched && problems[k] ? t(`users.form.problem.${problems[k]}`) : "");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(problems).some(Boolean) || busy) return;
    setBusy(true);
    setError("");
    try {
      // The server overwrites every field: keep what this form does not edit (the avatar).
      const user = {
        ...(existing ? { id: existing.id, avatar: existing.avatar ?? "" } : {}),
        email: email.trim(),
        nick: nick.trim(),
        status,
        group_users: Number(group),
      };
      close(await props.save({ user, ...(password ? { password } : {}), ...(no2fa ? { two_fa: "off" } : {}) }));
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={() => !busy && close()} fullWidth maxWidth="sm" aria-labelledby={`${ids}-t`}>
      <Box component="form" noValidate onSubmit={(e: FormEvent) => void submit(e)}>
        <DialogTitle id={`${ids}-t`} sx={{ overflowWrap: "anywhere" }}>
          {existing ? t("users.form.editTitle", { name: existing.nick || existing.email }) : t("users.form.createTitle")}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && <Alert severity="error">{error}</Alert>}
            <TextField
              label={t("users.form.email")}
              type="email"
              value={email}
              required
              autoFocus
              onChange={(e) => setEmail(e.target.value)}
              error={Boolean(shown("email"))}
              helperText={shown("email") || t("users.form.emailHelp")}
            />
            <TextField
              label={t("users.form.nick")}
              value={nick}
              onChange={(e) => setNick(e.target.value)}
              error={Boolean(shown("nick"))}
              helperText={shown("nick") || t("users.form.nickHelp")}
            />
            <TextField select label={t("users.form.group")} value={group} onChange={(e) => setGroup(e.target.value)} helperText={t("users.form.groupHelp")}>
              {props.groups.map((g) => (
                <MenuItem key={g.id} value={String(g.id)}>
                  {g.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t("users.form.status")}
              value={status}
              onChange={(e) => setStatus(e.target.value as AdminUserStatus)}
              helperText={t(`users.statusHelp.${status}`)}
            >
              {STATUSES.map((s) => (
                <MenuItem key={s} value={s}>
                  {t(`users.status.${s}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={existing ? t("users.form.newPassword") : t("users.form.password")}
              type="password"
              autoComplete="new-password"
              value={password}
              required={!existing}
              onChange={(e) => setPassword(e.target.value)}
              error={Boolean(shown("password"))}
              helperText={shown("password") || t(existing ? "users.form.newPasswordHelp" : "users.form.passwordHelp")}
            />
            {existing?.two_fa_enabled && <TwoFactorOff checked={no2fa} onChange={setNo2fa} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {existing ? t("common.save") : t("users.form.create")}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** Turns the user's two-factor sign-in off on save (for someone who lost their authenticator). */
function TwoFactorOff({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation("admin");
  const help = useId();
  return (
    <Box>
      <FormControlLabel
        control={<Switch checked={checked} onChange={(e) => onChange(e.target.checked)} slotProps={{ input: { "aria-describedby": help } }} />}
        label={t("users.form.no2fa")}
      />
      <FormHelperText id={help} sx={{ mt: 0 }}>
        {t("users.form.no2faHelp")}
      </FormHelperText>
    </Box>
  );
}
