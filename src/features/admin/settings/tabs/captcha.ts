// The captcha tab: the kind, and the fields of each kind shown only while it is chosen.
import type { TabSpec, Values } from "../types";
import { CaptchaPreview } from "../extras/CaptchaPreview";

const captchaIs =
  (...types: string[]) =>
  (v: Values) =>
    types.includes(v.captcha_type ?? "normal");

export const captchaTab: TabSpec = {
  id: "captcha",
  sections: [
    {
      id: "captchaType",
      fields: [{ key: "captcha_type", kind: "select", options: ["normal", "recaptcha", "turnstile", "cap"] }],
      extra: CaptchaPreview,
    },
    {
      id: "captchaImage",
      when: captchaIs("normal"),
      fields: [
        { key: "captcha_mode", kind: "select", options: ["0", "1", "2", "3"] },
        { key: "captcha_CaptchaLen", kind: "int", min: 1, max: 12 },
        { key: "captcha_width", kind: "int", min: 60, max: 1000 },
        { key: "captcha_height", kind: "int", min: 20, max: 400 },
        { key: "captcha_ComplexOfNoiseText", kind: "int", max: 2 },
        { key: "captcha_ComplexOfNoiseDot", kind: "int", max: 2 },
        { key: "captcha_IsShowHollowLine", kind: "bool" },
        { key: "captcha_IsShowNoiseDot", kind: "bool" },
        { key: "captcha_IsShowNoiseText", kind: "bool" },
        { key: "captcha_IsShowSlimeLine", kind: "bool" },
        { key: "captcha_IsShowSineLine", kind: "bool" },
      ],
    },
    {
      id: "captchaRecaptcha",
      when: captchaIs("recaptcha"),
      fields: [
        { key: "captcha_ReCaptchaKey", kind: "text", required: true },
        { key: "captcha_ReCaptchaSecret", kind: "secret", required: true },
      ],
    },
    {
      id: "captchaTurnstile",
      when: captchaIs("turnstile"),
      fields: [
        { key: "captcha_turnstile_site_key", kind: "text", required: true },
        { key: "captcha_turnstile_site_secret", kind: "secret", required: true },
      ],
    },
    {
      id: "captchaCap",
      when: captchaIs("cap"),
      fields: [
        { key: "captcha_cap_instance_url", kind: "url", required: true },
        { key: "captcha_cap_key_id", kind: "text", required: true },
        { key: "captcha_cap_key_secret", kind: "secret", required: true },
      ],
    },
  ],
};
