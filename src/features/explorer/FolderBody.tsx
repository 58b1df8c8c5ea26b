import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { Box, Button, Skeleton, Typography } from "@mui/material";
import { LazyAlert as Alert } from "../../shared/ui/lazyParts";
import EmptyIcon from "@mui/icons-material/FolderOpenOutlined";
import SearchOffIcon from "@mui/icons-material/SearchOffOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import PeopleIcon from "@mui/icons-material/FolderSharedOutlined";
import { describeError, isApiError } from "../../api/errors";
import { useActions, useFolder } from "./ExplorerContext";
import { ListView } from "./views/ListView";
import { GalleryView, GridView } from "./views/tileViews";
import { ViewCaption } from "./views/ViewShell";
import { explorerHref } from "./nav/href";
import { enabledActions } from "./actions/registry";

/** What the folder area shows: loading skeletons, an error, an empty state, a single shared file, or a view. */
export function FolderBody({ label, pendingFocus }: { label: string; pendingFocus: { current: boolean } }) {
  const { t } = useTranslation("explorer");
  const folderCtx = useFolder();
  const { listing, files, view, uri } = folderCtx;
  if (listing.isPending) return <LoadingRows />;
  if (listing.error && !listing.head) return <FolderError error={listing.error} retry={() => void listing.refetch()} />;
  if (listing.head?.single_file_view && files[0]) return <SingleFile />;
  return (
    <>
      {listing.head?.recursion_limit_reached && (
        <Alert severity="warning" sx={{ mx: 2, mb: 1 }}>
          {t("search.limitReached")}
        </Alert>
      )}
      {listing.error ? (
        <Alert
          severity="error"
          sx={{ mx: 2, mb: 1 }}
          action={
            <Button color="inherit" size="small" onClick={() => void listing.fetchNextPage()}>
              {t("errors.retry")}
            </Button>
          }
        >
          {describeError(listing.error, t)}
        </Alert>
      ) : null}
      <ViewCaption />
      {files.length === 0 && !listing.hasNextPage ? (
        <EmptyState />
      ) : view.layout === "list" ? (
        <ListView key={uri.toString()} label={label} pendingFocus={pendingFocus} />
      ) : view.layout === "grid" ? (
        <GridView key={uri.toString()} label={label} pendingFocus={pendingFocus} />
      ) : (
        <GalleryView key={uri.toString()} label={label} pendingFocus={pendingFocus} />
      )}
    </>
  );
}

function LoadingRows() {
  const { t } = useTranslation("explorer");
  return (
    <Box role="status" aria-label={t("status.loading")} sx={{ px: 2, py: 1 }}>
      {Array.from({ length: 8 }, (_, i) => (
        <Box key={i} sx={{ display: "flex", alignItems: "center", gap: 1.5, height: 44 }} aria-hidden>
          <Skeleton variant="rounded" width={28} height={28} />
          <Skeleton variant="text" sx={{ flex: 1, maxWidth: 420 }} />
        </Box>
      ))}
    </Box>
  );
}

function FolderError({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation("explorer");
  const { uri } = useFolder();
  const missing = isApiError(error) && (error.code === 40016 || error.code === 404);
  return (
    <Box sx={{ p: 3, display: "grid", placeItems: "center" }}>
      <Alert
        severity="error"
        sx={{ maxWidth: 560 }}
        action={
          <Box sx={{ display: "flex", gap: 1 }}>
            {missing ? (
              <Button color="inherit" size="small" component={RouterLink} to={explorerHref(uri.root())}>
                {t("errors.toRoot")}
              </Button>
            ) : (
              <Button color="inherit" size="small" onClick={retry}>
                {t("errors.retry")}
              </Button>
            )}
          </Box>
        }
      >
        {missing ? t("errors.folderMissing") : describeError(error, t)}
      </Alert>
    </Box>
  );
}

function EmptyState() {
  const { t } = useTranslation("explorer");
  const actionsCtx = useActions();
  const folderCtx = useFolder();
  const { uri } = folderCtx;
  const { actionState } = actionsCtx;
  const creatable = enabledActions(actionState, (a) => a.group === "new");
  const [Icon, title, body] = uri.isSearch
    ? [SearchOffIcon, t("empty.searchTitle"), t("empty.searchBody")]
    : uri.fs === "trash"
      ? [DeleteIcon, t("empty.trashTitle"), t("empty.trashBody")]
      : uri.fs === "shared_with_me"
        ? [PeopleIcon, t("empty.sharedTitle"), t("empty.sharedBody")]
        : [EmptyIcon, t("empty.folderTitle"), creatable.length ? t("empty.folderBody") : t("empty.readOnlyBody")];
  return (
    <Box
      sx={{ flex: 1, display: "grid", placeItems: "center", p: 3, textAlign: "center" }}
      onContextMenu={(e) => {
        e.preventDefault();
        actionsCtx.openMenu({ x: e.clientX, y: e.clientY }, "folder");
      }}
    >
      <Box>
        <Icon sx={{ fontSize: 64, color: "text.disabled" }} aria-hidden />
        <Typography variant="h6" component="p" sx={{ mt: 1 }}>
          {title}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5, maxWidth: 420 }}>
          {body}
        </Typography>
        {/* Three buttons outgrow a phone's width: they wrap instead of pushing the page sideways. */}
        <Box sx={{ mt: 2, display: "flex", flexWrap: "wrap", gap: 1, justifyContent: "center" }}>
          {creatable.map((a) => {
            const I = a.icon;
            return (
              <Button
                key={a.id}
                variant={a.id === "newFolder" ? "contained" : "outlined"}
                startIcon={<I aria-hidden />}
                onClick={() => actionsCtx.runAction(a.id, "toolbar")}
              >
                {t(a.labelKey)}
              </Button>
            );
          })}
        </Box>
      </Box>
    </Box>
  );
}

// A share of one file shows the file itself (features/shares/landing), loaded only for such shares.
const SingleFilePreview = lazy(() => import("../shares/landing/SingleFilePreview"));

/** A share of one file: its preview, name, size and Download under the share's header. */
function SingleFile() {
  const actionsCtx = useActions();
  const folderCtx = useFolder();
  const f = folderCtx.files[0]!;
  return (
    <Suspense fallback={<LoadingRows />}>
      <SingleFilePreview
        file={f}
        contextHint={folderCtx.contextHint}
        groupPermission={actionsCtx.actionState.groupPermission}
        download={() => void actionsCtx.ops.download([f])}
        open={() => void actionsCtx.ops.open(f)}
      />
    </Suspense>
  );
}
