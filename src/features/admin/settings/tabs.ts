import type { TabSpec } from "./types";
import { siteTabs } from "./tabs/site";
import { captchaTab } from "./tabs/captcha";
import { emailTab } from "./tabs/email";
import { mediaTabs } from "./tabs/media";
import { appearanceTab } from "./tabs/appearance";
import { filesystemTab } from "./tabs/filesystem";
import { serverTab } from "./tabs/server";

/**
 * Every settings tab, its sections and fields, keyed by the server's setting names (see
 * docs/admin-api.md, "Settings"). Labels and explanations live under `settings.field.<key>` in the
 * admin namespace. Keys a server has no row for are left out of the form by SettingsTab, so the
 * newer keys listed here (custom navigation, custom HTML, custom properties) only show on servers
 * that know them.
 */
export const TABS: TabSpec[] = [...siteTabs, captchaTab, emailTab, ...mediaTabs, appearanceTab, filesystemTab, serverTab];
