import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { adminKeys, type AdminPolicy } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { ApiError, describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { adminDialogs } from "../ui/dialogs";

/** Deletes a policy; the server refuses the default one, one a group uses and one holding files. */
export function useDeletePolicy() {
  const { t } = useTranslation("admin");
  const queryClient = useQueryClient();
  const toast = useToast();
  return async (policy: AdminPolicy, after?: () => void) => {
    const answer = await adminDialogs.confirm({
      title: t("policies.delete.title", { name: policy.name }),
      body: t("policies.delete.body"),
      confirmLabel: t("policies.delete.action"),
      danger: true,
    });
    if (answer !== "confirm") return;
    try {
      await adminApi.deletePolicy(policy.id!);
      await queryClient.invalidateQueries({ queryKey: adminKeys.entity("policy") });
      toast({ message: t("policies.delete.done", { name: policy.name }), severity: "success" });
      after?.();
    } catch (e) {
      // 40038 carries how many groups use the policy.
      const reason = e instanceof ApiError && e.code === 40038 ? t("policies.delete.usedByGroups", { count: Number(e.message) || 0 }) : describeError(e, t);
      toast({ message: reason, severity: "error" });
    }
  };
}
