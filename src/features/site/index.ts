// What other features use of the site's customisation: the admin's HTML blocks and the site's
// logo. (The file-type icon table stays out: the sign-in page, which loads this, has no files.)
export { SiteHtml } from "./SiteHtml";
export { SiteLogo } from "./SiteLogo";
