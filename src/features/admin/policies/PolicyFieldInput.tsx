import { useTranslation } from "react-i18next";
import { MenuItem, TextField } from "@mui/material";
import type { AdminNode, AdminPolicyType } from "../../../api/queries/admin";
import { SwitchField } from "../ui/FormSection";
import { SecretField } from "../ui/SecretField";
import { UnitField } from "../ui/UnitField";
import { SIZE_UNITS } from "../ui/format";
import { fieldName, type PolicyField } from "./fields";

interface Props {
  field: PolicyField;
  type: AdminPolicyType;
  value: string | boolean;
  onChange: (v: string | boolean) => void;
  problem?: string;
  nodes: AdminNode[];
}

/** One policy field, edited the way its kind calls for, with its label and explanation. */
export function PolicyFieldInput({ field, type, value, onChange, problem, nodes }: Props) {
  const { t } = useTranslation("admin");
  const name = fieldName(field.key);
  const label = t(`policies.field.${name}.label`);
  // Some fields mean something different per provider (OneDrive keeps its client id in the bucket field).
  const help = t([`policies.field.${name}.help_${type}`, `policies.field.${name}.help`]);
  const error = problem ? t(`policies.problem.${problem}`) : undefined;
  const required = field.required?.includes(type);
  const text = String(value);
  switch (field.kind) {
    case "bool":
      return <SwitchField label={label} help={help} checked={Boolean(value)} onChange={onChange} />;
    case "size":
      return <UnitField label={label} help={help} error={error} value={text} onChange={onChange} units={SIZE_UNITS} unitKey="units.size" />;
    case "secret":
      return (
        <SecretField
          label={label}
          value={text}
          required={required}
          onChange={(e) => onChange(e.target.value)}
          error={Boolean(error)}
          helperText={error ?? help}
        />
      );
    case "node": {
      const slaves = nodes.filter((n) => n.type === "slave");
      return (
        <TextField
          select
          label={label}
          value={text === "0" ? "" : text}
          required={required}
          onChange={(e) => onChange(e.target.value)}
          error={Boolean(error)}
          helperText={error ?? (slaves.length ? help : t("policies.noSlaves"))}
        >
          {slaves.map((n) => (
            <MenuItem key={n.id} value={String(n.id)}>
              {n.name}
            </MenuItem>
          ))}
        </TextField>
      );
    }
    default:
      return (
        <TextField
          label={label}
          value={text}
          required={required}
          onChange={(e) => onChange(e.target.value)}
          error={Boolean(error)}
          helperText={error ?? help}
          slotProps={{
            htmlInput: {
              spellCheck: false,
              ...(field.kind === "int" || field.kind === "float" ? { inputMode: "decimal" } : {}),
              ...(field.kind === "url" ? { inputMode: "url" } : {}),
            },
          }}
        />
      );
  }
}
