import { useQuery } from "@tanstack/react-query";
import { siteQueries } from "../../api/queries/site";
import type { components } from "../../api/schema";

export type BasicSiteConfig = components["schemas"]["SiteConfigBasic"];
export type CustomHtmlSlot = keyof NonNullable<BasicSiteConfig["custom_html"]>;

/** The basic site configuration (shared with the rest of the app through the query cache). */
export function useBasicSiteConfig(): BasicSiteConfig | undefined {
  return useQuery(siteQueries.config("basic")).data as BasicSiteConfig | undefined;
}
