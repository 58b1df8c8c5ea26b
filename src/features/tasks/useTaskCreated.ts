import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { workflowKeys } from "../../api/queries/workflow";
import { useToast } from "../../shared/toast";

/** After a task was created: the lists learn of it, and a toast leads to the page that follows it. */
export function useTaskCreated() {
  const { t } = useTranslation("tasks");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  return (message: string, page: "/tasks" | "/downloads" = "/tasks") => {
    void queryClient.invalidateQueries({ queryKey: workflowKeys.lists() });
    toast({
      message,
      severity: "success",
      action: { label: t(page === "/tasks" ? "created.viewTask" : "created.viewDownloads"), run: () => void navigate(page) },
    });
  };
}
