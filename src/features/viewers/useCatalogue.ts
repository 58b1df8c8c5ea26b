import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { useMediaQuery } from "@mui/material";
import { siteQueries } from "../../api/queries/site";
import { EMPTY_CATALOGUE, parseCatalogue, type Catalogue } from "./catalogue";

/** The viewer catalogue for this caller and screen, from the explorer section of the site config. */
export function useCatalogue(groupPermission: string | undefined): { catalogue: Catalogue; ready: boolean } {
  const { data, isPending } = useQuery(siteQueries.config("explorer"));
  const mobile = useMediaQuery("(max-width: 768px)", { noSsr: true });
  const catalogue = useMemo(() => (data ? parseCatalogue(data, { groupPermission, mobile }) : EMPTY_CATALOGUE), [data, groupPermission, mobile]);
  return { catalogue, ready: !isPending };
}
