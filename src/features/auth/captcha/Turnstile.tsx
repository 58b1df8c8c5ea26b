import { useTranslation } from "react-i18next";
import { loadScript, waitFor } from "./loadScript";
import { useWidget } from "./useWidget";
import { WidgetFrame } from "./WidgetFrame";
import type { CaptchaController } from "./controller";

interface TurnstileApi {
  render(el: HTMLElement, params: Record<string, unknown>): string;
  reset(id: string): void;
  remove(id: string): void;
}

declare global {
  interface Window {
    turnstile?: TurnstileApi;
  }
}

/** Cloudflare Turnstile; the token travels as `ticket` (docs/server-behaviour.md, "Tokens and signing in"). */
export function Turnstile({ controller, siteKey, error }: { controller: CaptchaController; siteKey: string; error?: string }) {
  const { i18n } = useTranslation();
  const { setFields } = controller;
  const widget = useWidget(
    async (host) => {
      await loadScript("https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit");
      const api = await waitFor(() => window.turnstile);
      const id = api.render(host, {
        sitekey: siteKey,
        theme: "auto",
        language: i18n.language.toLowerCase(),
        callback: (token: string) => setFields({ ticket: token }),
        "expired-callback": () => setFields(undefined),
        "error-callback": () => setFields(undefined),
      });
      return () => {
        api.remove(id);
        setFields(undefined);
      };
    },
    [siteKey],
  );
  return <WidgetFrame {...widget} error={error} />;
}
