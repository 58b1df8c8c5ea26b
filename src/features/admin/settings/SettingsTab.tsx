import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Skeleton, Typography } from "@mui/material";
import { adminKeys, adminQueries } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { siteKeys } from "../../../api/queries/site";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { FormSection, SaveBar } from "../ui/FormSection";
import { useUnsavedGuard } from "../ui/useUnsavedGuard";
import { FieldInput } from "./FieldInput";
import { allKeys, type TabSpec, type Values } from "./types";
import { changedKeys, formProblems } from "./validate";

/** One settings tab: its settings read in one request, edited, checked, and saved only when changed. */
export function SettingsTab({ tab, onDirty }: { tab: TabSpec; onDirty: (dirty: boolean) => void }) {
  const { t } = useTranslation("admin");
  const query = useQuery(adminQueries.settings(allKeys(tab)));
  if (query.isPending) return <Skeleton variant="rounded" height={360} />;
  if (query.isError) return <Alert severity="error">{describeError(query.error, t)}</Alert>;
  return <SettingsForm tab={tab} initial={query.data} onDirty={onDirty} />;
}

function SettingsForm({ tab, initial, onDirty }: { tab: TabSpec; initial: Values; onDirty: (dirty: boolean) => void }) {
  const { t } = useTranslation("admin");
  const toast = useToast();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(initial);
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const changed = changedKeys(base, values);
  const dirty = changed.length > 0;
  useUnsavedGuard(dirty && !busy);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  // Only what the admin changed is checked: the rest is as the server stores it, and an odd value
  // saved elsewhere must not block saving an unrelated setting.
  const fields = tab.sections
    .filter((s) => !s.when || s.when(values))
    .flatMap((s) => s.fields)
    .filter((f) => changed.includes(f.key));
  const problems = touched ? formProblems(fields, values) : {};
  const set = (key: string, v: string) => {
    setError("");
    setValues((old) => ({ ...old, [key]: v }));
  };

  const save = async () => {
    setTouched(true);
    const found = formProblems(fields, values);
    if (Object.keys(found).length) {
      setError(t("settings.fix", { count: Object.keys(found).length }));
      return;
    }
    setBusy(true);
    try {
      const send: Values = {};
      for (const k of changed) {
        const spec = fields.find((f) => f.key === k);
        send[k] =
          spec?.kind === "urls"
            ? values[k]!.split(",")
                .map((s) => s.trim())
                .filter(Boolean)
                .join(",")
            : values[k]!;
      }
      const answer = await adminApi.saveSettings(send);
      // The server may rewrite what it stores (site URLs re-serialised): keep its version.
      const stored = Object.fromEntries(changed.map((k) => [k, answer[k] ?? send[k]!]));
      const next = { ...base, ...stored };
      setBase(next);
      setValues((v) => ({ ...v, ...stored }));
      const mine = adminKeys.settings(allKeys(tab));
      queryClient.setQueryData(mine, next);
      await queryClient.invalidateQueries({ queryKey: adminKeys.allSettings(), predicate: (q) => q.queryKey.join() !== mine.join() });
      // Name, theme, sign-up and captcha settings show in the site's public configuration.
      await queryClient.invalidateQueries({ queryKey: siteKeys.all });
      toast({ message: t("settings.saved", { count: changed.length }), severity: "success" });
      setTouched(false);
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {error && (
        <Alert severity="error" sx={{ mb: 2, maxWidth: 808 }} role="alert">
          {error}
        </Alert>
      )}
      {tab.sections.map((s) => {
        if (s.when && !s.when(values)) return null;
        const known = s.fields.filter((f) => f.key in base && (!f.when || f.when(values)));
        const textKey = s.textKey ?? s.id;
        const Extra = s.extra;
        return (
          <FormSection
            key={s.id}
            title={t(`settings.section.${textKey}.title`, s.textVars)}
            description={t(`settings.section.${textKey}.help`, { ...s.textVars, defaultValue: "" })}
          >
            {known.length === 0 && s.fields.length > 0 && (
              <Typography color="text.secondary" variant="body2">
                {t("settings.notOnThisServer")}
              </Typography>
            )}
            {known.map((f) => (
              <FieldInput key={f.key} field={f} values={values} onChange={set} problem={problems[f.key]} />
            ))}
            {Extra && <Extra values={values} />}
          </FormSection>
        );
      })}
      <SaveBar
        dirty={dirty}
        busy={busy}
        onSave={() => void save()}
        onDiscard={() => {
          setValues(base);
          setError("");
          setTouched(false);
        }}
      />
    </form>
  );
}
