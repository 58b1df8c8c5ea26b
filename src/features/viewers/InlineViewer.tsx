// A file shown within a page instead of a dialog: a single-file share's landing. Read-only; the
// viewer is chosen as on opening (remembered → only → admin default → the first this app renders).
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Box, CircularProgress } from "@mui/material";
import type { FileResponse } from "../../api/queries/files";
import { sessionStore } from "../../api/session";
import { chooseViewer } from "./choose";
import { CatalogueViewer, NO_VIEWER } from "./lazyViewer";
import { isImplemented } from "./registry";
import { useCatalogue } from "./useCatalogue";

export interface InlineViewerProps {
  file: FileResponse;
  contextHint?: string | undefined;
  groupPermission: string | undefined;
  download: () => void;
}

export default function InlineViewer({ file, contextHint, groupPermission, download }: InlineViewerProps) {
  const { t } = useTranslation("viewers");
  const { catalogue, ready } = useCatalogue(groupPermission);
  const spinner = (
    <Box sx={{ height: "100%", display: "grid", placeItems: "center" }}>
      <CircularProgress aria-label={t("frame.loading")} />
    </Box>
  );
  if (!ready) return spinner;
  const choice = chooseViewer(catalogue, file.name, sessionStore.settings(), { implemented: isImplemented });
  const viewer = choice.kind === "open" ? choice.viewer : choice.kind === "ask" ? choice.options[0] : undefined;
  return (
    <Suspense fallback={spinner}>
      <CatalogueViewer
        pending={spinner}
        file={file}
        viewer={viewer ?? NO_VIEWER}
        mode="inline"
        contextHint={contextHint}
        canEdit={false}
        close={() => undefined}
        download={download}
        setDirty={() => undefined}
      />
    </Suspense>
  );
}
