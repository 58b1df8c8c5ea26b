import { lazy, Suspense, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { siteQueries } from "../../api/queries/site";
import { isApiError } from "../../api/errors";
import { detectServer } from "./detect";
import { Themed } from "../../shared/theme/Themed";

const UnsupportedServer = lazy(() => import("./UnsupportedServer"));

/**
 * Renders the app unless the server behind /api is not Cloudreve 4. The check runs only after the
 * site configuration failed with something that is not a Cloudreve answer (a plain 404, an HTML
 * page, no connection), so a working site never pays for it.
 */
export function ServerGuard({ children }: { children: ReactNode }) {
  const site = useQuery(siteQueries.config("basic"));
  const reason = site.failureReason;
  const suspicious = Boolean(reason) && !isApiError(reason) && !site.data;
  const found = useQuery({
    queryKey: ["server-kind"],
    queryFn: () => detectServer(),
    enabled: suspicious,
    staleTime: Infinity,
    retry: false,
  });
  if (suspicious && found.data && found.data.kind !== "v4")
    return (
      <Themed>
        <Suspense fallback={null}>
          <UnsupportedServer found={found.data} />
        </Suspense>
      </Themed>
    );
  return children;
}
