import { useState } from "react";
import { useBasicSiteConfig } from "./siteConfig";

/**
 * The site's logo for this background (the light variant on dark backgrounds, as the official
 * client picks it) and its name; `src` is empty when there is no logo or it failed to load.
 */
export function useSiteLogo(dark: boolean) {
  const basic = useBasicSiteConfig();
  const [broken, setBroken] = useState<string>();
  const title = basic?.title || "Cloudreve";
  const logo = (dark ? basic?.logo_light : basic?.logo) || basic?.logo;
  return { title, src: logo && broken !== logo ? logo : undefined, onError: () => setBroken(logo) };
}
