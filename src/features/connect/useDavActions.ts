import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { describeError } from "../../api/errors";
import {
  createDavAccount,
  davKeys,
  deleteDavAccount,
  updateDavAccount,
  type DavAccount,
  type DavAccountPage,
  type DavAccountRequest,
} from "../../api/queries/dav";
import { useToast } from "../../shared/toast";
import { davServerAddress } from "./davAccount";
import { connectDialogs } from "./dialogs";

/** Create, edit, delete and "how do I connect" for the caller's WebDAV accounts. */
export function useDavActions({ canProxy, userName }: { canProxy: boolean; userName: string }) {
  const { t } = useTranslation("connect");
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: davKeys.all });
  // Awaiting the refetch means a closed dialog already looks at the updated list.
  const create = useMutation({ mutationFn: createDavAccount, onSuccess: refresh });
  const update = useMutation({ mutationFn: ({ id, body }: { id: string; body: DavAccountRequest }) => updateDavAccount(id, body), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: (account: DavAccount) => deleteDavAccount(account.id),
    onSuccess: (_, account) => {
      // Gone for certain: drop the row now rather than after the refetch.
      queryClient.setQueryData<InfiniteData<DavAccountPage, string>>(
        davKeys.accounts(),
        (old) => old && { ...old, pages: old.pages.map((p) => ({ ...p, accounts: p.accounts.filter((a) => a.id !== account.id) })) },
      );
      return refresh();
    },
  });

  const showInfo = (account: DavAccount, created = false) =>
    connectDialogs.info({ account, server: davServerAddress(window.location.origin), userName, created });

  return {
    create: async () => {
      const account = await connectDialogs.account({ canProxy, save: (body) => create.mutateAsync(body) });
      if (account) await showInfo(account, true);
    },
    edit: async (account: DavAccount) => {
      const saved = await connectDialogs.account({ account, canProxy, save: (body) => update.mutateAsync({ id: account.id, body }) });
      if (saved) toast({ message: t("toast.saved", { name: saved.name }), severity: "success" });
    },
    remove: async (account: DavAccount) => {
      if (!(await connectDialogs.confirmDelete({ name: account.name }))) return;
      try {
        await remove.mutateAsync(account);
        toast({ message: t("toast.deleted", { name: account.name }), severity: "success" });
      } catch (e) {
        toast({ message: describeError(e, t), severity: "error" });
      }
    },
    showInfo: (account: DavAccount) => void showInfo(account),
  };
}
