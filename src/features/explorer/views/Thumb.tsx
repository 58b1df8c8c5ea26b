import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Box } from "@mui/material";
import { fileQueries } from "../../../api/queries/files";
import { NavCap, hasNavCap } from "../../../lib/capabilities";
import { extOf, fileKey, type FileResponse } from "../model/files";
import { FileIcon } from "./FileIcon";
import { mayHaveThumb } from "./fileKind";

/** Files whose thumbnail failed this session (40077 or a broken image): not asked again. */
const failed = new Set<string>();

/** Rows that only fly past while scrolling should not cost a request: wait this long after mounting. */
const SETTLE_MS = 150;

function wantsThumb(file: FileResponse): boolean {
  return (
    file.type === 0 &&
    hasNavCap(file.capability, NavCap.GenerateThumb) &&
    !(file.metadata && "thumb:disabled" in file.metadata) &&
    !(file.metadata && "sys:upload_session_id" in file.metadata) &&
    mayHaveThumb(extOf(file.name)) &&
    !failed.has(fileKey(file))
  );
}

/**
 * A thumbnail when the server can make one (capability 10, not `thumb:disabled`), fetched only
 * for items that stay mounted (i.e. visible: the views are virtualized), cached until its signed
 * URL expires; the file-type icon otherwise and while loading.
 */
export function Thumb({ file, hint, iconSize, cover = true }: { file: FileResponse; hint: string | undefined; iconSize: number; cover?: boolean }) {
  const wanted = wantsThumb(file);
  const [settled, setSettled] = useState(false);
  const [broken, setBroken] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    const timer = setTimeout(() => setSettled(true), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [wanted]);
  const key = fileKey(file);
  const q = useQuery({ ...fileQueries.thumb(key, hint), enabled: wanted && settled });
  if (q.isError) failed.add(key);
  const url = q.data?.url;
  if (!wanted || !url || broken) return <FileIcon file={file} size={iconSize} />;
  return (
    <Box
      component="img"
      src={url}
      alt=""
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={() => {
        failed.add(key);
        setBroken(true);
      }}
      sx={{ width: "100%", height: "100%", objectFit: cover ? "cover" : "contain", display: "block" }}
    />
  );
}
