import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { adminKeys, adminQueries, type AdminGroup } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { ApiError, describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { adminDialogs } from "../ui/dialogs";

/**
 * Deletes a group after saying what the server will refuse: built-in groups, groups with members.
 * The server does not check the sign-up group setting; this does, so sign-ups never point nowhere.
 */
export function useDeleteGroup() {
  const { t } = useTranslation("admin");
  const queryClient = useQueryClient();
  const toast = useToast();
  return async (group: AdminGroup, after?: () => void) => {
    try {
      const settings = await queryClient.fetchQuery(adminQueries.settings(["default_group"]));
      if (Number(settings.default_group) === group.id) {
        await adminDialogs.report({
          title: t("groups.delete.refusedTitle"),
          done: 0,
          failures: [{ name: group.name ?? "", reason: t("groups.delete.isDefault") }],
        });
        return;
      }
      const answer = await adminDialogs.confirm({
        title: t("groups.delete.title", { name: group.name }),
        body: t("groups.delete.body"),
        confirmLabel: t("groups.delete.action"),
        danger: true,
      });
      if (answer !== "confirm") return;
      await adminApi.deleteGroup(group.id!);
      await queryClient.invalidateQueries({ queryKey: adminKeys.entity("group") });
      toast({ message: t("groups.delete.done", { name: group.name }), severity: "success" });
      after?.();
    } catch (e) {
      // 40041 carries the member count as its message.
      const reason = e instanceof ApiError && e.code === 40041 ? t("groups.delete.hasMembers", { count: Number(e.message) || 0 }) : describeError(e, t);
      toast({ message: reason, severity: "error" });
    }
  };
}
