import { useTranslation } from "react-i18next";
import { Alert } from "@mui/material";
import { useAuthConfig } from "../queries";
import { CapWidget } from "./CapWidget";
import { ImageCaptcha } from "./ImageCaptcha";
import { ReCaptcha } from "./ReCaptcha";
import { Turnstile } from "./Turnstile";
import type { CaptchaController } from "./controller";

/**
 * The captcha the site selected (`captcha_type` in the basic config). Only the chosen kind's
 * module runs, so vendor scripts load only on sites that use them.
 */
export default function CaptchaWidget({ controller, error }: { controller: CaptchaController; error?: string }) {
  const { t } = useTranslation("auth");
  const { basic } = useAuthConfig();
  if (!basic) return null;
  const notConfigured = (
    <Alert severity="warning" role="alert" sx={{ mt: 2 }}>
      {t("captcha.notConfigured")}
    </Alert>
  );
  // Answers and tokens are single-use: each new round re-mounts the widget with a fresh challenge.
  const key = controller.generation;
  switch (basic.captcha_type) {
    case "recaptcha":
      return basic.captcha_ReCaptchaKey ? <ReCaptcha key={key} controller={controller} siteKey={basic.captcha_ReCaptchaKey} error={error} /> : notConfigured;
    case "turnstile":
      return basic.turnstile_site_id ? <Turnstile key={key} controller={controller} siteKey={basic.turnstile_site_id} error={error} /> : notConfigured;
    case "cap":
      return basic.captcha_cap_instance_url && basic.captcha_cap_key_id ? (
        <CapWidget key={key} controller={controller} instanceUrl={basic.captcha_cap_instance_url} keyId={basic.captcha_cap_key_id} error={error} />
      ) : (
        notConfigured
      );
    default:
      // `normal`, the retired `tcaptcha` and anything unknown: the server's image captcha.
      return <ImageCaptcha key={key} controller={controller} error={error} autoFocus={key > 0 && controller.focus} />;
  }
}
