import { loadScript, waitFor } from "./loadScript";
import { useWidget } from "./useWidget";
import { WidgetFrame } from "./WidgetFrame";
import type { CaptchaController } from "./controller";

declare global {
  interface Window {
    CAP_CUSTOM_WASM_URL?: string;
  }
}

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/**
 * Cap (proof-of-work captcha). The script and its WASM come from the site's own Cap instance, so
 * no public CDN is involved; the endpoint is `<instance>/<key id>/` and the token travels as `ticket`.
 */
export function CapWidget({ controller, instanceUrl, keyId, error }: { controller: CaptchaController; instanceUrl: string; keyId: string; error?: string }) {
  const { setFields } = controller;
  const base = trimSlash(instanceUrl);
  const widget = useWidget(
    async (host) => {
      window.CAP_CUSTOM_WASM_URL ??= `${base}/assets/cap_wasm.js`;
      await loadScript(`${base}/assets/widget.js`);
      await waitFor(() => customElements.get("cap-widget"));
      const el = document.createElement("cap-widget");
      el.setAttribute("data-cap-api-endpoint", `${base}/${encodeURIComponent(keyId)}/`);
      const onSolve = (e: Event) => setFields({ ticket: (e as CustomEvent<{ token: string }>).detail.token });
      const onReset = () => setFields(undefined);
      el.addEventListener("solve", onSolve);
      el.addEventListener("reset", onReset);
      el.addEventListener("error", onReset);
      host.appendChild(el);
      return () => {
        el.remove();
        setFields(undefined);
      };
    },
    [base, keyId],
  );
  return <WidgetFrame {...widget} error={error} />;
}
