import { useQuery } from "@tanstack/react-query";
import { siteQueries } from "../../api/queries/site";
import { useCurrentSession } from "../../shared/useSession";

/** Batch size until the site says its own (`max_batch_size`, the server's default). */
const DEFAULT_MAX_BATCH = 1000;

/**
 * Who is browsing: the signed-in user (as the site config last described them, else as the
 * session did) or the site's anonymous user, with their group and the site's batch limit.
 */
export function useExplorerUser() {
  const session = useCurrentSession();
  const { data: site } = useQuery(siteQueries.config("basic"));
  const { data: explorerConfig } = useQuery(siteQueries.config("explorer"));
  const user = session ? (site?.user && !site.user.anonymous ? site.user : session.user) : site?.user;
  return { user, group: user?.group, loggedIn: Boolean(session), maxBatch: explorerConfig?.max_batch_size || DEFAULT_MAX_BATCH };
}
