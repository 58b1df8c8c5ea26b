import { useCallback } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import i18n, { languageFromTag } from "../../i18n";
import { sessionStore } from "../../api/session";
import { resetUserData } from "../../api/queries/resetUserData";
import { safeRedirect } from "../../lib/redirect";
import type { LoginResponse } from "./api";
import { rememberEmail } from "./lastEmail";

/** Where to go after signing in: the `redirect` parameter if it stays on this site, else /home. */
export function useRedirectTarget(): string {
  const [params] = useSearchParams();
  return safeRedirect(params.get("redirect"));
}

/**
 * The end of every sign-in path (password, 2FA, passkey): store the session where the official
 * client keeps it, adopt the account's language, drop data cached for the anonymous visitor (or a
 * previous account), and continue to the redirect target.
 */
export function useFinishSignIn() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const target = useRedirectTarget();
  return useCallback(
    (login: LoginResponse) => {
      sessionStore.signIn(login.user, login.token);
      if (login.user.email) rememberEmail(login.user.email);
      const lang = languageFromTag(login.user.language);
      if (lang && lang !== i18n.language) void i18n.changeLanguage(lang);
      resetUserData(queryClient);
      navigate(target, { replace: true });
    },
    [navigate, queryClient, target],
  );
}
