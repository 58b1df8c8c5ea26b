import { useEffect } from "react";
import { useQuery } from "@tanstack/react-query";
import { siteQueries } from "../api/queries/site";

/** Sets `<page> - <site title>` like the official frontend. */
export function usePageTitle(page: string | undefined) {
  const { data } = useQuery(siteQueries.config("basic"));
  const site = data?.title ?? "Cloudreve";
  useEffect(() => {
    document.title = page ? `${page} - ${site}` : site;
  }, [page, site]);
}
