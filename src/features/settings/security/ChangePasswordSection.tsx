import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { Box, Button, Typography } from "@mui/material";
import { isApiError } from "../../../api/errors";
import { sessionStore } from "../../../api/session";
import {
  NEW_PASSWORD,
  PasswordField,
  SIGN_IN_PASSWORD,
  checkPassword,
  checkRepeat,
  useDescribeError,
  useField,
  validateAll,
  FormAlert,
} from "../../../shared/form";
import { Section } from "../Section";
import { usePatchSettings, type UserSettings } from "../queries";
import { resetUserData } from "../../../api/queries/resetUserData";
import { useSaved } from "../useSaved";
import { passwordSignIn } from "../../auth";

/**
 * Changing the password ends every session of the account (the server's state hash changes), this
 * one included. Instead of throwing the user out, sign in again with the new password; only when
 * that needs more (2FA, captcha) send them to the sign-in page.
 */
async function signInAgain(email: string, password: string): Promise<boolean> {
  try {
    const result = await passwordSignIn({ email, password });
    // A second factor is asked for: that needs the sign-in page.
    if (result.kind !== "signedIn") return false;
    sessionStore.signIn(result.login.user, result.login.token);
    return true;
  } catch {
    return false;
  }
}

export function ChangePasswordSection({ settings }: { settings: UserSettings }) {
  const { t } = useTranslation("settings");
  const describe = useDescribeError();
  const { saved } = useSaved();
  const queryClient = useQueryClient();
  const patch = usePatchSettings();
  const current = useField("", (v) => checkPassword(v, SIGN_IN_PASSWORD));
  const next = useField("", (v) => checkPassword(v, NEW_PASSWORD));
  const repeat = useField("", (v) => checkRepeat(next.value, v));
  const [error, setError] = useState<string>();

  if (settings.passwordless) {
    return (
      <Section title={t("security.password")}>
        <Typography color="text.secondary">{t("security.passwordless")}</Typography>
      </Section>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (patch.isPending || !validateAll([current, next, repeat])) return;
    setError(undefined);
    try {
      await patch.mutateAsync({ current_password: current.value, new_password: next.value });
    } catch (err) {
      if (isApiError(err) && err.code === 40069) {
        current.setServerError(describe(err));
        current.ref.current?.focus();
      } else setError(describe(err));
      return;
    }
    const email = sessionStore.current()?.user.email ?? "";
    if (email && (await signInAgain(email, next.value))) {
      [current, next, repeat].forEach((f) => f.reset());
      saved(t("security.passwordChanged"));
      return;
    }
    saved(t("security.passwordChangedSignIn"));
    // The session gate sends the user to sign-in (e-mail remembered) and back to this tab.
    sessionStore.signOutLocal();
    resetUserData(queryClient);
  };

  return (
    <Section title={t("security.password")} description={t("security.passwordHint")} id="change-password">
      <FormAlert message={error} />
      <Box component="form" noValidate onSubmit={submit} sx={{ maxWidth: 420 }}>
        <input type="email" name="username" autoComplete="username" value={sessionStore.current()?.user.email ?? ""} readOnly hidden />
        <PasswordField field={current} label={t("security.currentPassword")} autoComplete="current-password" required rule={SIGN_IN_PASSWORD} margin="dense" />
        <PasswordField
          field={next}
          label={t("security.newPassword")}
          autoComplete="new-password"
          required
          rule={NEW_PASSWORD}
          hint={t("security.passwordRule", { ...NEW_PASSWORD })}
          margin="dense"
        />
        <PasswordField field={repeat} label={t("security.repeatPassword")} autoComplete="new-password" required margin="dense" />
        <Button type="submit" variant="contained" loading={patch.isPending} sx={{ mt: 2 }}>
          {t("security.changePassword")}
        </Button>
      </Box>
    </Section>
  );
}
