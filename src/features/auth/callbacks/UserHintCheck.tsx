import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { signOut } from "../../../api/signOut";
import { signInPath } from "../../../lib/redirect";
import { useCurrentSession } from "../../../shared/useSession";
import { withoutUserHint } from "./handoff";

/**
 * Links from the desktop app carry `user_hint=<user id>`: the account they are meant for. When
 * that account is signed in, the hint is dropped from the address; when another one is, the user
 * is asked whether to switch (sign out, sign in with the other account, come back to the same
 * page) or to stay. Signed out, the sign-in page comes first and the check runs afterwards.
 */
export function UserHintCheck() {
  const { t } = useTranslation("oauth");
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const hint = new URLSearchParams(search).get("user_hint");
  const clean = withoutUserHint(pathname, search, hash);
  const [busy, setBusy] = useState(false);
  const mismatch = Boolean(hint && session && session.user.id !== hint && !pathname.startsWith("/session"));

  useEffect(() => {
    if (hint && session && session.user.id === hint) navigate(clean, { replace: true });
  }, [hint, session, clean, navigate]);

  if (!mismatch || !session) return null;
  const account = session.user.email || session.user.nickname;
  const switchAccount = async () => {
    setBusy(true);
    await signOut().catch(() => undefined);
    // A fresh load: nothing of the previous account stays in memory.
    window.location.assign(signInPath(clean));
  };
  return (
    <Dialog open aria-labelledby="user-hint-title" aria-describedby="user-hint-body">
      <DialogTitle id="user-hint-title">{t("oauth:userHint.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText id="user-hint-body" sx={{ overflowWrap: "anywhere" }}>
          {t("oauth:userHint.body", { account })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => navigate(clean, { replace: true })} disabled={busy}>
          {t("oauth:userHint.stay")}
        </Button>
        <Button variant="contained" onClick={() => void switchAccount()} loading={busy}>
          {t("oauth:userHint.switch")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
