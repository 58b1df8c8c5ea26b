import { useState } from "react";
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, Chip, Skeleton, TextField } from "@mui/material";
import BackIcon from "@mui/icons-material/ArrowBack";
import { adminKeys, adminQueries, type AdminNode, type AdminPolicy, type AdminPolicyType } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { FormSection, SaveBar } from "../ui/FormSection";
import { PageHeader } from "../ui/PageHeader";
import { useUnsavedGuard } from "../ui/useUnsavedGuard";
import { fieldsFor, POLICY_TYPES, SECTIONS } from "./fields";
import { blankPolicy, formOf, formProblems, policyOf, sameForm, type PolicyForm } from "./model";
import { PolicyFieldInput } from "./PolicyFieldInput";
import { PolicyTests } from "./PolicyTests";
import { TypePicker } from "./TypePicker";
import { useDeletePolicy } from "./useDeletePolicy";

/** `/admin/policy/new?type=` and `/admin/policy/:id`: a storage policy's form for its provider. */
export function PolicyEditPage() {
  const { id: raw } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation("admin");
  const id = raw === "new" ? undefined : Number(raw);
  const policy = useQuery({ ...adminQueries.policy(id ?? 0), enabled: id !== undefined });
  const nodes = useQuery(adminQueries.nodes());
  if (id !== undefined && !Number.isInteger(id)) return <Alert severity="error">{t("policies.notFound")}</Alert>;
  if (id === undefined) {
    const type = params.get("type") as AdminPolicyType | null;
    if (!type || !POLICY_TYPES.includes(type)) return <TypePicker />;
    return <PolicyEditor key={`new-${type}`} policy={undefined} type={type} nodes={nodes.data?.nodes ?? []} />;
  }
  if (policy.isPending) return <Skeleton variant="rounded" height={320} />;
  if (policy.isError) return <Alert severity="error">{describeError(policy.error, t)}</Alert>;
  const type = (policy.data.type ?? "local") as AdminPolicyType;
  return <PolicyEditor key={id} policy={policy.data} type={type} nodes={nodes.data?.nodes ?? []} />;
}

function PolicyEditor({ policy, type, nodes }: { policy: AdminPolicy | undefined; type: AdminPolicyType; nodes: AdminNode[] }) {
  const { t } = useTranslation("admin");
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const remove = useDeletePolicy();
  const [base, setBase] = useState<AdminPolicy>(policy ?? blankPolicy(type));
  const initial = formOf(base, type);
  const [form, setForm] = useState<PolicyForm>(initial);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const isNew = !base.id;
  const dirty = isNew || !sameForm(form, initial);
  useUnsavedGuard(dirty && !busy);
  const problems = touched ? formProblems(form, type) : {};
  const fields = fieldsFor(type);
  const set = (key: string, v: string | boolean) => {
    setError("");
    setForm((f) => ({ ...f, [key]: v }));
  };

  const save = async () => {
    setTouched(true);
    if (Object.keys(formProblems(form, type)).length) return;
    setBusy(true);
    try {
      const body = policyOf(form, base, type);
      const saved = isNew ? await adminApi.createPolicy(body) : await adminApi.updatePolicy(body);
      await queryClient.invalidateQueries({ queryKey: adminKeys.entity("policy") });
      toast({ message: t("policies.saved", { name: saved.name }), severity: "success" });
      setBase(saved);
      setForm(formOf(saved, type));
      if (isNew) navigate(`/admin/policy/${saved.id}`, { replace: true });
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
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
      <Button component={RouterLink} to="/admin/policy" startIcon={<BackIcon aria-hidden />} sx={{ mb: 1 }}>
        {t("policies.back")}
      </Button>
      <PageHeader
        title={isNew ? t("policies.newTitle", { type: t(`policies.type.${type}.name`) }) : t("policies.editTitle", { name: base.name })}
        intro={t(`policies.type.${type}.about`)}
        actions={
          !isNew && base.id !== 1 ? (
            <Button color="error" onClick={() => void remove(base, () => navigate("/admin/policy"))}>
              {t("policies.delete.action")}
            </Button>
          ) : undefined
        }
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2, maxWidth: 808 }}>
          {error}
        </Alert>
      )}
      <FormSection title={t("policies.section.basics")}>
        <TextField
          label={t("policies.field.name.label")}
          value={form.name}
          required
          onChange={(e) => set("name", e.target.value)}
          error={Boolean(problems.name)}
          helperText={problems.name ? t(`policies.problem.${problems.name}`) : t("policies.field.name.help")}
        />
        <Box>
          <Chip label={t("policies.typeIs", { type: t(`policies.type.${type}.name`) })} />
        </Box>
        {isNew && type === "local" && <Alert severity="info">{t("policies.localDirForced")}</Alert>}
      </FormSection>
      {SECTIONS.map((section) => {
        const here = fields.filter((f) => f.section === section);
        if (here.length === 0) return null;
        return (
          <FormSection key={section} title={t(`policies.section.${section}`)} description={t(`policies.sectionHelp.${section}`)}>
            {here.map((f) => (
              <PolicyFieldInput
                key={f.key}
                field={f}
                type={type}
                value={form[f.key] ?? ""}
                onChange={(v) => set(f.key, v)}
                problem={problems[f.key]}
                nodes={nodes}
              />
            ))}
          </FormSection>
        );
      })}
      <PolicyTests type={type} policy={() => policyOf(form, base, type)} nodeId={Number(form.node_id ?? 0)} nodes={nodes} />
      <SaveBar dirty={dirty} busy={busy} onSave={() => void save()} onDiscard={() => setForm(initial)} saveLabel={isNew ? t("policies.create") : undefined} />
    </Box>
  );
}
