import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { adminKeys, type AdminEntity } from "../../../api/queries/admin";
import { useToast } from "../../../shared/toast";
import { adminDialogs } from "./dialogs";
import { runEach } from "./batch";

interface BatchDelete<T> {
  /** The page's text namespace under `admin`: its `delete.title`, `.body`, `.action`, `.done` and `.failedTitle`. */
  texts: "files" | "shares";
  entity: AdminEntity;
  /** Deletes one row. */
  remove: (item: T) => Promise<unknown>;
  name: (item: T) => string;
  /** Runs once the rows are gone from the list (pages clear their selection). */
  after: () => void;
}

/**
 * Deleting rows of an admin list after asking: one request per row, since the server's batch
 * fails as a whole and names no culprit; then the list is re-read and what failed is reported by
 * name.
 */
export function useBatchDelete<T>({ texts, entity, remove, name, after }: BatchDelete<T>) {
  const { t } = useTranslation("admin");
  const toast = useToast();
  const queryClient = useQueryClient();
  return async (items: T[]) => {
    const answer = await adminDialogs.confirm({
      title: t(`${texts}.delete.title`, { count: items.length, name: items[0] && name(items[0]) }),
      body: t(`${texts}.delete.body`, { count: items.length }),
      confirmLabel: t(`${texts}.delete.action`),
      danger: true,
    });
    if (answer !== "confirm") return;
    const result = await runEach(items, remove, name, t);
    await queryClient.invalidateQueries({ queryKey: adminKeys.entity(entity) });
    after();
    if (result.failures.length) await adminDialogs.report({ title: t(`${texts}.delete.failedTitle`), done: result.done.length, failures: result.failures });
    else toast({ message: t(`${texts}.delete.done`, { count: result.done.length }), severity: "success" });
  };
}
