import type { QueryClient } from "@tanstack/react-query";
import { siteKeys } from "./site";

/**
 * Forgets what the previous account saw when the account changes (sign-in, sign-out, session lost).
 * Site sections are refetched rather than dropped: the shell and the sign-in page keep observing
 * them across the switch, and observers of a dropped query would wait forever. The basic section
 * carries the caller's user object, so it has to be fetched again in any case.
 */
export function resetUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== siteKeys.all[0] });
  void queryClient.invalidateQueries({ queryKey: siteKeys.all });
}
