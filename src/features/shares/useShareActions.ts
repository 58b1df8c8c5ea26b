import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { describeError } from "../../api/errors";
import { createShare, deleteShare, shareKeys, shareQueries, type Share } from "../../api/queries/shares";
import { useToast } from "../../shared/toast";
import { openShareDialog } from "./shareDialog";
import { remainingSeconds, shareSourceUri } from "./shareSource";

/** Edit, delete (with undo) and copy for the owner's share links. */
export function useShareActions() {
  const { t } = useTranslation("shares");
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: shareKeys.all });
  const ownerInfo = (share: Share) => queryClient.fetchQuery({ ...shareQueries.ownerInfo(share.id, share.password), staleTime: 0 });

  const edit = async (share: Share) => {
    try {
      const info = await ownerInfo(share);
      const uri = shareSourceUri(info);
      if (!uri) throw new Error("source");
      await openShareDialog({ uri, name: share.name ?? "", isFolder: share.source_type === 1, share: { ...share, ...info } });
    } catch (e) {
      // An expired link is gone for the info route (docs/server-behaviour.md, "Share links"): say so instead of a bare 404.
      toast({ message: share.expired ? t("errors.editExpired") : describeError(e, t), severity: "error" });
    }
  };

  const remove = async (share: Share) => {
    // Remember how to re-create the link before it is gone: the same settings, under a new address.
    const info = share.expired ? undefined : await ownerInfo(share).catch(() => undefined);
    try {
      await deleteShare(share.id);
    } catch (e) {
      toast({ message: describeError(e, t), severity: "error" });
      return;
    }
    await refresh();
    const uri = info && shareSourceUri(info);
    toast({
      message: t("delete.done", { name: share.name ?? "" }),
      severity: "success",
      ...(info && uri
        ? {
            action: {
              label: t("delete.undo"),
              run: () =>
                void createShare({
                  uri,
                  is_private: Boolean(info.password),
                  ...(info.password ? { password: info.password } : {}),
                  downloads: info.remain_downloads ?? 0,
                  expire: remainingSeconds(info, Date.now()),
                  share_view: Boolean(info.share_view),
                })
                  .then(() => {
                    toast({ message: t("delete.restored"), severity: "success" });
                    return refresh();
                  })
                  .catch((e: unknown) => toast({ message: describeError(e, t), severity: "error" })),
            },
          }
        : {}),
    });
  };

  const copy = async (share: Share) => {
    const ok = await navigator.clipboard?.writeText(share.url).then(
      () => true,
      () => false,
    );
    toast({ message: ok ? t("link.copied") : t("link.copyFailed"), severity: ok ? "success" : "error" });
  };

  return { edit, remove, copy };
}
