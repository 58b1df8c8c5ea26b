import { useTranslation } from "react-i18next";
import { useTheme } from "@mui/material";
import { loadScript, waitFor } from "./loadScript";
import { useWidget } from "./useWidget";
import { WidgetFrame } from "./WidgetFrame";
import type { CaptchaController } from "./controller";

interface ReCaptchaApi {
  ready(cb: () => void): void;
  render(el: HTMLElement, params: Record<string, unknown>): number;
  reset(id?: number): void;
}

declare global {
  interface Window {
    grecaptcha?: ReCaptchaApi;
  }
}

/**
 * Google reCAPTCHA v2 (checkbox), from recaptcha.net like the official client (reachable where
 * google.com is not). The token travels as `captcha`.
 */
export function ReCaptcha({ controller, siteKey, error }: { controller: CaptchaController; siteKey: string; error?: string }) {
  const { i18n } = useTranslation();
  const dark = useTheme().palette.mode === "dark";
  const { setFields } = controller;
  const widget = useWidget(
    async (host) => {
      await loadScript(`https://www.recaptcha.net/recaptcha/api.js?render=explicit&hl=${encodeURIComponent(i18n.language)}`);
      const g = await waitFor(() => (window.grecaptcha?.ready ? window.grecaptcha : undefined));
      await new Promise<void>((resolve) => g.ready(resolve));
      g.render(host, {
        sitekey: siteKey,
        theme: dark ? "dark" : "light",
        callback: (token: string) => setFields({ captcha: token }),
        "expired-callback": () => setFields(undefined),
        "error-callback": () => setFields(undefined),
      });
      return () => setFields(undefined);
    },
    [siteKey, dark],
  );
  return <WidgetFrame {...widget} error={error} />;
}
