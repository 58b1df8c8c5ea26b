import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { viewerQueries } from "../../../api/queries/viewers";
import type { ViewerProps } from "../types";
import { archiveSource } from "./source";
import { buildTree } from "./tree";
import { readDirectory } from "./zip";

/**
 * The archive's folder tree, read from its signed URL (archiveSource). `whole`: the storage refused
 * range reads, so the whole archive is being downloaded to list it.
 */
export function useArchive(p: Pick<ViewerProps, "file" | "version" | "contextHint">) {
  const uri = p.file.path ?? "";
  const url = useQuery(viewerQueries.url(uri, { entity: p.version ?? p.file.primary_entity, contextHint: p.contextHint }));
  const src = url.data?.url;
  const [wholeFor, setWholeFor] = useState<string | null>(null);
  const listing = useQuery({
    queryKey: ["viewers", "archive", src ?? ""],
    queryFn: async ({ signal }) => buildTree(await readDirectory(archiveSource(src!, p.file.size, { signal, onWhole: () => setWholeFor(src!) }))),
    enabled: Boolean(src),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  return { root: listing.data, error: url.error ?? listing.error, whole: Boolean(src) && wholeFor === src };
}
