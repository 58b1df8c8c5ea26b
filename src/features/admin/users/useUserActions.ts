import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { adminKeys, type AdminGroup, type AdminUser, type AdminUserStatus } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { adminDialogs } from "../ui/dialogs";
import { aggregatedFailures, runEach } from "../ui/batch";
import { userDialogs } from "./dialogs";
import { displayName, withStatus } from "./model";
import { bytes } from "../ui/format";

/** Create, edit, ban, unban, calibrate and delete, for one user or a checked batch. */
export function useUserActions(groups: AdminGroup[], defaultGroup: number | undefined, onBatchDone: () => void) {
  const { t, i18n } = useTranslation("admin");
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: adminKeys.entity("user") });

  const report = async (title: string, result: { done: unknown[]; failures: { name: string; reason: string }[] }, success: string) => {
    await refresh();
    onBatchDone();
    if (result.failures.length) await adminDialogs.report({ title, done: result.done.length, failures: result.failures });
    else toast({ message: success, severity: "success" });
  };

  const setStatus = async (users: AdminUser[], status: AdminUserStatus) => {
    const result = await runEach(users, (u) => adminApi.updateUser({ user: withStatus(u, status) }), displayName, t);
    const key = status === "active" ? "unban" : "ban";
    await report(t(`users.${key}.failedTitle`), result, t(`users.${key}.done`, { count: result.done.length }));
  };

  const remove = async (users: AdminUser[]) => {
    const names = users.length === 1 ? displayName(users[0]!) : "";
    const answer = await adminDialogs.confirm({
      title: t("users.delete.title", { count: users.length, name: names }),
      body: t("users.delete.body", { count: users.length }),
      confirmLabel: t("users.delete.confirm", { count: users.length }),
      alternative: users.some((u) => u.status === "active") ? t("users.delete.banInstead") : undefined,
      danger: true,
    });
    if (answer === "alternative") return setStatus(users, "manual_banned");
    if (answer !== "confirm") return;
    let result: { done: AdminUser[]; failures: { name: string; reason: string }[] };
    try {
      await adminApi.deleteUsers(users.map((u) => u.id!));
      result = { done: users, failures: [] };
    } catch (e) {
      result = aggregatedFailures(e, users, (u) => u.id!, displayName, t);
    }
    await report(t("users.delete.failedTitle"), result, t("users.delete.done", { count: result.done.length }));
  };

  return {
    create: async () => {
      const made = await userDialogs.edit({ groups, defaultGroup, save: adminApi.createUser });
      if (!made) return;
      await refresh();
      toast({ message: t("users.created", { name: displayName(made) }), severity: "success" });
    },
    edit: async (user: AdminUser) => {
      const saved = await userDialogs.edit({ user, groups, save: adminApi.updateUser });
      if (!saved) return;
      await refresh();
      toast({ message: t("users.saved", { name: displayName(saved) }), severity: "success" });
    },
    ban: (users: AdminUser[]) => setStatus(users, "manual_banned"),
    unban: (users: AdminUser[]) => setStatus(users, "active"),
    remove,
    calibrate: async (user: AdminUser) => {
      try {
        const fresh = await adminApi.calibrateUser(user.id!);
        await refresh();
        toast({
          message: t("users.calibrated", { name: displayName(user), used: bytes(fresh.capacity?.used ?? fresh.storage ?? 0, i18n.language) }),
          severity: "success",
        });
      } catch (e) {
        toast({ message: describeError(e, t), severity: "error" });
      }
    },
  };
}
