// The appearance tab: theme presets and the default theme.
import type { TabSpec } from "../types";
import { ThemePresets } from "../editors/ThemePresets";
import { DefaultTheme } from "../editors/DefaultTheme";
import { parsePresets } from "../editors/themes";

export const appearanceTab: TabSpec = {
  id: "appearance",
  sections: [
    {
      id: "themes",
      fields: [
        { key: "theme_options", kind: "custom", json: "object", editor: ThemePresets },
        {
          key: "defaultTheme",
          kind: "custom",
          editor: DefaultTheme,
          check: (v, all) => ((parsePresets(all.theme_options ?? "") ?? []).some((p) => p.light.primary === v) ? "" : "preset"),
        },
      ],
    },
    {
      id: "customHtml",
      fields: [
        { key: "siteScript", kind: "code" },
        { key: "headless_footer_html", kind: "code" },
        { key: "headless_bottom_html", kind: "code" },
        { key: "sidebar_bottom_html", kind: "code" },
      ],
    },
    { id: "customNav", fields: [{ key: "custom_nav_items", kind: "json", json: "array" }] },
  ],
};
