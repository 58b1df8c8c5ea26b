import { useState } from "react";
import { Link as RouterLink, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, Skeleton } from "@mui/material";
import BackIcon from "@mui/icons-material/ArrowBack";
import { adminKeys, adminQueries, ALL, type AdminGroup } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { SaveBar } from "../ui/FormSection";
import { PageHeader } from "../ui/PageHeader";
import { useUnsavedGuard } from "../ui/useUnsavedGuard";
import { formOf, formProblems, groupOf, sameForm, type GroupForm } from "./model";
import { BasicsSection, LimitsSection, PermissionsSection } from "./GroupSections";
import { useDeleteGroup } from "./useDeleteGroup";

/** `/admin/group/new` and `/admin/group/:id`: a group's quota, storage policy, permissions and limits. */
export function GroupEditPage() {
  const { id: raw } = useParams();
  const id = raw === "new" ? undefined : Number(raw);
  const { t } = useTranslation("admin");
  const group = useQuery({ ...adminQueries.group(id ?? 0), enabled: id !== undefined });
  const policies = useQuery(adminQueries.policies(ALL));
  if (id !== undefined && !Number.isInteger(id)) return <Alert severity="error">{t("groups.notFound")}</Alert>;
  if ((id !== undefined && group.isPending) || policies.isPending) return <Skeleton variant="rounded" height={320} />;
  if (group.isError) return <Alert severity="error">{describeError(group.error, t)}</Alert>;
  return <GroupEditor key={id ?? "new"} group={id !== undefined ? group.data : undefined} policies={policies.data?.policies ?? []} />;
}

function GroupEditor({ group, policies }: { group: AdminGroup | undefined; policies: { id?: number; name?: string }[] }) {
  const { t } = useTranslation("admin");
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const remove = useDeleteGroup();
  const [base, setBase] = useState(group);
  const initial = formOf(base, policies[0]?.id);
  const [form, setForm] = useState<GroupForm>(initial);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const dirty = !base || !sameForm(form, initial);
  useUnsavedGuard(dirty && !busy);
  const problems = touched ? formProblems(form) : {};
  const set = <K extends keyof GroupForm>(k: K, v: GroupForm[K]) => {
    setError("");
    setForm((f) => ({ ...f, [k]: v }));
  };
  const err = (k: keyof GroupForm) => (problems[k] ? t(`groups.problem.${problems[k]}`) : undefined);
  const title = base ? t("groups.editTitle", { name: base.name }) : t("groups.newTitle");

  const save = async () => {
    setTouched(true);
    if (Object.keys(formProblems(form)).length) return;
    setBusy(true);
    try {
      const body = groupOf(form, base);
      const saved = base ? await adminApi.updateGroup(body) : await adminApi.createGroup(body);
      await queryClient.invalidateQueries({ queryKey: adminKeys.entity("group") });
      toast({ message: t("groups.saved", { name: saved.name }), severity: "success" });
      setBase(saved);
      setForm(formOf(saved, undefined));
      if (!base) navigate(`/admin/group/${saved.id}`, { replace: true });
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (bit: number, on: boolean) => {
    const bits = new Set(form.bits);
    if (on) bits.add(bit);
    else bits.delete(bit);
    set("bits", bits);
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Button component={RouterLink} to="/admin/group" startIcon={<BackIcon aria-hidden />} sx={{ mb: 1 }}>
        {t("groups.back")}
      </Button>
      <PageHeader
        title={title}
        actions={
          base && base.id! > 3 ? (
            <Button color="error" onClick={() => void remove(base, () => navigate("/admin/group"))}>
              {t("groups.delete.action")}
            </Button>
          ) : undefined
        }
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2, maxWidth: 808 }}>
          {error}
        </Alert>
      )}
      <BasicsSection form={form} set={set} err={err} policies={policies} />
      <PermissionsSection form={form} locked={base?.id === 1} onToggle={toggle} />
      <LimitsSection form={form} set={set} err={err} />
      <SaveBar dirty={dirty} busy={busy} onSave={() => void save()} onDiscard={() => setForm(initial)} saveLabel={base ? undefined : t("groups.create")} />
    </Box>
  );
}
