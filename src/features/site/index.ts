// What other features use of the site's customisation: the admin's HTML blocks, the site's logo
// and the file-type icon table.
export { SiteHtml } from "./SiteHtml";
export { SiteLogo } from "./SiteLogo";
export { siteIcons } from "./fileIcons";
