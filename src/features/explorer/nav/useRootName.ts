import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { shareQueries } from "../../../api/queries/shares";
import type { CrUri } from "../../../lib/uri";

/**
 * What the root of `uri` is called: the share's own name inside a share (the landing has already
 * loaded it; this never fetches), otherwise the name of the place ("My files", "Trash"…).
 */
export function useRootName(uri: CrUri): string {
  const { t } = useTranslation("explorer");
  const isShare = uri.fs === "share";
  const { data: share } = useQuery({ ...shareQueries.info(isShare ? (uri.id ?? "") : "", uri.password, false), enabled: false });
  return (isShare && share?.name) || t(`roots.${uri.fs}`);
}
