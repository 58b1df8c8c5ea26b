import { useTranslation } from "react-i18next";
import { MenuItem, TextField } from "@mui/material";
import { GroupPerm } from "../../../lib/capabilities";
import { FormSection, SwitchField } from "../ui/FormSection";
import { UnitField } from "../ui/UnitField";
import { SIZE_UNITS, TIME_UNITS } from "../ui/format";
import { PERMISSIONS, type GroupForm } from "./model";

const SPEED_UNITS = [
  { unit: "B", factor: 1 },
  { unit: "KB", factor: 1024 },
  { unit: "MB", factor: 1024 ** 2 },
] as const;

export type SetField = <K extends keyof GroupForm>(k: K, v: GroupForm[K]) => void;
interface FieldsProps {
  form: GroupForm;
  set: SetField;
  /** The field's problem as a sentence, once the form was submitted. */
  err: (k: keyof GroupForm) => string | undefined;
}

/** Name, storage policy, quota and speed limit. */
export function BasicsSection({ form, set, err, policies }: FieldsProps & { policies: { id?: number; name?: string }[] }) {
  const { t } = useTranslation("admin");
  return (
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
  );
}

/** The group's permissions; the administrators' group always keeps its admin bit. */
export function PermissionsSection({ form, locked, onToggle }: { form: GroupForm; locked: boolean; onToggle: (bit: number, on: boolean) => void }) {
  const { t } = useTranslation("admin");
  return (
    <FormSection title={t("groups.section.permissions")} description={t("groups.permissionsIntro")}>
      {PERMISSIONS.map((p) => (
        <SwitchField
          key={p.bit}
          label={t(`groups.perm.${p.key}.label`)}
          help={locked && p.bit === GroupPerm.IsAdmin ? t("groups.perm.admin.locked") : t(`groups.perm.${p.key}.help`)}
          checked={form.bits.has(p.bit)}
          disabled={locked && p.bit === GroupPerm.IsAdmin}
          onChange={(on) => onToggle(p.bit, on)}
        />
      ))}
    </FormSection>
  );
}

/** Batch sizes, archive limits, walk limit, trash retention and remote-download options. */
export function LimitsSection({ form, set, err }: FieldsProps) {
  const { t } = useTranslation("admin");
  return (
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
  );
}
