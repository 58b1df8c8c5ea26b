// What the sign-in page uses of the site's customisation, without the MUI-drawn logo that the
// index also exports (the sign-in page is drawn without MUI; see the size check).
export { SiteHtml } from "./SiteHtml";
export { useBasicSiteConfig } from "./siteConfig";
export { useSiteLogo } from "./useSiteLogo";
