// The site tab (name, addresses, logos, legal pages) and the user tab (sign-up, sign-in, sessions, avatars).
import type { TabSpec } from "../types";
import { GroupPicker } from "../editors/GroupPicker";

export const siteTabs: TabSpec[] = [
  {
    id: "site",
    sections: [
      {
        id: "siteBasics",
        fields: [
          { key: "siteName", kind: "text", required: true },
          { key: "siteDes", kind: "textarea" },
          { key: "siteTitle", kind: "text" },
          { key: "siteURL", kind: "urls", required: true },
          { key: "show_app_promotion", kind: "bool" },
        ],
      },
      {
        id: "siteLogos",
        fields: [
          { key: "site_logo", kind: "path", optional: true },
          { key: "site_logo_light", kind: "path", optional: true },
          { key: "pwa_small_icon", kind: "path", optional: true },
          { key: "pwa_medium_icon", kind: "path", optional: true },
          { key: "pwa_large_icon", kind: "path", optional: true },
          { key: "pwa_display", kind: "select", options: ["standalone", "fullscreen", "minimal-ui", "browser"] },
          { key: "pwa_theme_color", kind: "color" },
          { key: "pwa_background_color", kind: "color" },
        ],
      },
      {
        id: "siteLegal",
        fields: [
          { key: "tos_url", kind: "url", optional: true },
          { key: "privacy_policy_url", kind: "url", optional: true },
        ],
      },
    ],
  },
  {
    id: "user",
    sections: [
      {
        id: "signUp",
        fields: [
          { key: "register_enabled", kind: "bool" },
          { key: "email_active", kind: "bool" },
          { key: "default_group", kind: "custom", editor: GroupPicker },
        ],
      },
      {
        id: "signIn",
        fields: [
          { key: "authn_enabled", kind: "bool" },
          { key: "login_captcha", kind: "bool" },
          { key: "reg_captcha", kind: "bool" },
          { key: "forget_captcha", kind: "bool" },
        ],
      },
      {
        id: "sessions",
        fields: [
          { key: "access_token_ttl", kind: "duration", min: 60 },
          { key: "refresh_token_ttl", kind: "duration", min: 3600 },
        ],
      },
      {
        id: "avatars",
        fields: [
          { key: "gravatar_server", kind: "url", optional: true },
          { key: "avatar_path", kind: "text", required: true },
          { key: "avatar_size", kind: "size", min: 1 },
          { key: "avatar_size_l", kind: "int", min: 16, max: 2048 },
        ],
      },
    ],
  },
];
