import { useQuery } from "@tanstack/react-query";
import { userQueries } from "../../api/queries/user";
import { useCurrentSession } from "../../shared/useSession";

/** The current user's group permission boolset, as the server says now (the stored one meanwhile). */
export function useGroupPermission(): string | undefined {
  const session = useCurrentSession();
  // The stored user may predate a change of group.
  const me = useQuery({ ...userQueries.me(), placeholderData: session?.user });
  return (me.data ?? session?.user)?.group?.permission ?? undefined;
}
