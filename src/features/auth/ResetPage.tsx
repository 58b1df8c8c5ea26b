import { useState, type FormEvent } from "react";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { Box, Button } from "@mui/material";
import { isApiError } from "../../api/errors";
import { useToast } from "../../shared/toast";
import { resetPassword } from "./api";
import { authPath } from "./authPath";
import { PasswordField } from "../../shared/form/fields";
import { FormAlert } from "../../shared/form/FormAlert";
import { Phase } from "./Phase";
import { useDescribeError } from "../../shared/form/useDescribeError";
import { useField, validateAll } from "../../shared/form/useField";
import { NEW_PASSWORD, checkPassword, checkRepeat } from "../../shared/form/validation";

/** `/session/reset?id=&secret=`: the link from the password-reset e-mail. */
export function ResetPage() {
  const { t } = useTranslation("auth");
  const describe = useDescribeError();
  const toast = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const id = params.get("id") ?? "";
  const secret = params.get("secret") ?? "";
  const password = useField("", (v) => checkPassword(v, NEW_PASSWORD));
  const repeat = useField("", (v) => checkRepeat(password.value, v));
  const [error, setError] = useState<string>();
  const [expired, setExpired] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!id || !secret || expired) {
    return (
      <Phase key="invalid" title={t("reset.invalidTitle")}>
        {error && <FormAlert message={error} />}
        <FormAlert message={t(expired ? "reset.expired" : "reset.incomplete")} severity="info" />
        <Button component={RouterLink} to="/session?phase=forgot" fullWidth variant="contained" size="large">
          {t("reset.requestNew")}
        </Button>
      </Phase>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !validateAll([password, repeat])) return;
    setBusy(true);
    setError(undefined);
    try {
      const user = await resetPassword(id, password.value, secret);
      toast({ message: t("reset.done"), severity: "success" });
      navigate(authPath("/session", { email: user.email }));
    } catch (err) {
      setError(describe(err));
      // The secret is single-use and lives an hour: the only way on is a new link.
      if (isApiError(err) && err.code === 40030) setExpired(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Phase key="form" title={t("reset.title")} description={t("reset.description")}>
      <FormAlert message={error} />
      <Box component="form" noValidate onSubmit={submit}>
        <PasswordField
          field={password}
          label={t("field.newPassword")}
          autoComplete="new-password"
          required
          rule={NEW_PASSWORD}
          hint={t("validation.rule", { ...NEW_PASSWORD })}
        />
        <PasswordField field={repeat} label={t("field.repeatPassword")} autoComplete="new-password" required />
        <Button type="submit" fullWidth variant="contained" size="large" loading={busy} sx={{ mt: 2 }}>
          {t("reset.submit")}
        </Button>
      </Box>
    </Phase>
  );
}
