import { useState } from "react";
import { Link as RouterLink, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, MenuItem, Skeleton, TextField } from "@mui/material";
import BackIcon from "@mui/icons-material/ArrowBack";
import { adminKeys, adminQueries, ALL, type AdminGroup } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { GroupPerm } from "../../../lib/capabilities";
import { FormSection, SaveBar, SwitchField } from "../ui/FormSection";
import { PageHeader } from "../ui/PageHeader";
import { UnitField } from "../ui/UnitField";
import { SIZE_UNITS, TIME_UNITS } from "../ui/format";
import { useUnsavedGuard } from "../ui/useUnsavedGuard";
import { formOf, formProblems, groupOf, PERMISSIONS, sameForm, type GroupForm } from "./model";
import { useDeleteGroup } from "./useDeleteGroup";

const SPEED_UNITS = [
  { unit: "B", factor: 1 },
  { unit: "KB", factor: 1024 },
  { unit: "MB", factor: 1024 ** 2 },
] as const;

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
      <FormSection title={t("groups.section.basics")}>
        <TextField
          label={t("groups.field.name")}
          value={form.name}
          required
          onChange={(e) => set("name", e.target.value)}
          error={Boolean(err("name"))}
          helperText={err("name")}
        />
        <TextField
          select
          label={t("groups.field.policy")}
          value={form.policy}
          required
          onChange={(e) => set("policy", e.target.value)}
          error={Boolean(err("policy"))}
          helperText={err("policy") ?? t("groups.help.policy")}
        >
          {policies.map((p) => (
            <MenuItem key={p.id} value={String(p.id)}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <UnitField
          label={t("groups.field.maxStorage")}
          help={t("groups.help.maxStorage")}
          error={err("maxStorage")}
          value={form.maxStorage}
          onChange={(v) => set("maxStorage", v)}
          units={SIZE_UNITS}
          unitKey="units.size"
        />
        <UnitField
          label={t("groups.field.speedLimit")}
          help={t("groups.help.speedLimit")}
          error={err("speedLimit")}
          value={form.speedLimit}
          onChange={(v) => set("speedLimit", v)}
          units={SPEED_UNITS}
          unitKey="units.speed"
        />
      </FormSection>
      <FormSection title={t("groups.section.permissions")} description={t("groups.permissionsIntro")}>
        {PERMISSIONS.map((p) => (
          <SwitchField
            key={p.bit}
            label={t(`groups.perm.${p.key}.label`)}
            help={base?.id === 1 && p.bit === GroupPerm.IsAdmin ? t("groups.perm.admin.locked") : t(`groups.perm.${p.key}.help`)}
            checked={form.bits.has(p.bit)}
            disabled={base?.id === 1 && p.bit === GroupPerm.IsAdmin}
            onChange={(on) => toggle(p.bit, on)}
          />
        ))}
      </FormSection>
      <FormSection title={t("groups.section.limits")}>
        <TextField
          label={t("groups.field.sourceBatch")}
          value={form.sourceBatch}
          onChange={(e) => set("sourceBatch", e.target.value)}
          error={Boolean(err("sourceBatch"))}
          helperText={err("sourceBatch") ?? t("groups.help.sourceBatch")}
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
        />
        <TextField
          label={t("groups.field.aria2Batch")}
          value={form.aria2Batch}
          onChange={(e) => set("aria2Batch", e.target.value)}
          error={Boolean(err("aria2Batch"))}
          helperText={err("aria2Batch") ?? t("groups.help.aria2Batch")}
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
        />
        <UnitField
          label={t("groups.field.compressSize")}
          help={t("groups.help.compressSize")}
          error={err("compressSize")}
          value={form.compressSize}
          onChange={(v) => set("compressSize", v)}
          units={SIZE_UNITS}
          unitKey="units.size"
        />
        <UnitField
          label={t("groups.field.decompressSize")}
          help={t("groups.help.decompressSize")}
          error={err("decompressSize")}
          value={form.decompressSize}
          onChange={(v) => set("decompressSize", v)}
          units={SIZE_UNITS}
          unitKey="units.size"
        />
        <TextField
          label={t("groups.field.maxWalkedFiles")}
          value={form.maxWalkedFiles}
          onChange={(e) => set("maxWalkedFiles", e.target.value)}
          error={Boolean(err("maxWalkedFiles"))}
          helperText={err("maxWalkedFiles") ?? t("groups.help.maxWalkedFiles")}
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
        />
        <UnitField
          label={t("groups.field.trashRetention")}
          help={t("groups.help.trashRetention")}
          error={err("trashRetention")}
          value={form.trashRetention}
          onChange={(v) => set("trashRetention", v)}
          units={TIME_UNITS}
          unitKey="units.time"
        />
        <SwitchField
          label={t("groups.field.redirectedSource")}
          help={t("groups.help.redirectedSource")}
          checked={form.redirectedSource}
          onChange={(v) => set("redirectedSource", v)}
        />
        <TextField
          label={t("groups.field.remoteOptions")}
          value={form.remoteOptions}
          multiline
          minRows={3}
          onChange={(e) => set("remoteOptions", e.target.value)}
          error={Boolean(err("remoteOptions"))}
          helperText={err("remoteOptions") ?? t("groups.help.remoteOptions")}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: "monospace" } } }}
        />
      </FormSection>
      <SaveBar dirty={dirty} busy={busy} onSave={() => void save()} onDiscard={() => setForm(initial)} saveLabel={base ? undefined : t("groups.create")} />
    </Box>
  );
}
