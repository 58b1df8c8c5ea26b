import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Alert, Box, CircularProgress, Dialog, IconButton, Typography, useMediaQuery, useTheme } from "@mui/material";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import { fileQueries, type FileResponse } from "../../../api/queries/files";
import { describeError } from "../../../api/errors";
import { useFolder } from "../ExplorerContext";
import { fileKey } from "../model/files";
import { Thumb } from "../views/Thumb";
import { MediaInfo } from "./MediaInfo";
import { CustomProps } from "./CustomProps";
import { Details } from "./Details";
import { MetadataSection } from "./MetadataSection";

/**
 * Details of one item (or of the current folder): sizes, dates, location, storage policy, a folder
 * summary, and the tags and custom metadata the owner may edit (PATCH /file/metadata).
 * Side panel on wide screens, full-screen dialog on phones.
 */
export default function InfoPanel({ file, onClose }: { file: FileResponse | undefined; onClose: () => void }) {
  const { t } = useTranslation("explorer");
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up("md"), { noSsr: true });
  const folderCtx = useFolder();
  const parent = folderCtx.listing.head?.parent;
  const target = file ?? (folderCtx.uri.isRoot ? parent : undefined);
  const uri = file ? fileKey(file) : folderCtx.uri.withoutSearch().toString();
  const isRootFolder = !file && folderCtx.uri.isRoot;
  const base = target ?? parent;
  const summary = Boolean(base?.owned) && (file ? file.type === 1 : true);
  const q = useQuery({ ...fileQueries.info(uri, { extended: true, summary }), enabled: !isRootFolder });
  const data = q.data ?? target;
  const content = (
    <Box sx={{ p: 2, overflow: "auto", height: "100%" }}>
      <Box sx={{ display: "flex", alignItems: "flex-start", gap: 1 }}>
        <Typography id="info-title" variant="h6" component="h2" sx={{ flex: 1, wordBreak: "break-all", fontSize: 18 }}>
          <bdi>{data?.name || folderCtx.rootName}</bdi>
        </Typography>
        <IconButton aria-label={t("info.close")} onClick={onClose} size="small">
          <CloseIcon fontSize="small" />
        </IconButton>
      </Box>
      {data && data.type === 0 && (
        <Box sx={{ mt: 1, height: 160, borderRadius: 2, bgcolor: "action.hover", display: "grid", placeItems: "center", overflow: "hidden" }}>
          <Thumb file={data} hint={folderCtx.contextHint} iconSize={64} cover={false} />
        </Box>
      )}
      {q.isPending && !isRootFolder && <CircularProgress size={20} sx={{ mt: 2 }} aria-label={t("status.loading")} />}
      {q.error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {describeError(q.error, t)}
        </Alert>
      ) : null}
      {data && <Details file={data} />}
      {data && data.type === 0 && <MediaInfo file={data} />}
      {data && !isRootFolder && <CustomProps file={data} />}
      {data && !isRootFolder && <MetadataSection file={data} />}
    </Box>
  );
  if (!wide)
    return (
      <Dialog open fullScreen onClose={onClose} aria-labelledby="info-title">
        {content}
      </Dialog>
    );
  return (
    <Box component="aside" aria-labelledby="info-title" sx={{ width: 340, flexShrink: 0, borderLeft: 1, borderColor: "divider", bgcolor: "background.paper" }}>
      {content}
    </Box>
  );
}
