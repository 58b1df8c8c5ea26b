import { useTranslation } from "react-i18next";
import { MenuItem, TextField } from "@mui/material";
import { SwitchField } from "../ui/FormSection";
import { SecretField } from "../ui/SecretField";
import { UnitField } from "../ui/UnitField";
import { SIZE_UNITS, TIME_UNITS } from "../ui/format";
import { GeneratorCheck } from "./editors/GeneratorCheck";
import { isOn, type FieldSpec, type Values } from "./types";

interface Props {
  field: FieldSpec;
  values: Values;
  onChange: (key: string, v: string) => void;
  problem?: string;
}

/** One setting, labelled and explained, edited the way its kind calls for. */
export function FieldInput({ field: f, values, onChange, problem }: Props) {
  const { t } = useTranslation("admin");
  const textKey = f.textKey ?? f.key;
  const label = t(`settings.field.${textKey}.label`, f.textVars);
  const help = t(`settings.field.${textKey}.help`, f.textVars);
  const error = problem ? t(`settings.problem.${problem}`, { min: f.min, max: f.max }) : undefined;
  const value = values[f.key] ?? "";
  const set = (v: string) => onChange(f.key, v);
  const common = { label, value, error: Boolean(error), helperText: error ?? help, required: f.required, fullWidth: true };
  switch (f.kind) {
    case "bool":
      return <SwitchField label={label} help={help} checked={isOn(value)} onChange={(on) => set(on ? "1" : "0")} />;
    case "size":
      return <UnitField label={label} help={help} error={error} value={value} onChange={set} units={SIZE_UNITS} unitKey="units.size" required={f.required} />;
    case "duration":
      return <UnitField label={label} help={help} error={error} value={value} onChange={set} units={TIME_UNITS} unitKey="units.time" required={f.required} />;
    case "secret":
      return <SecretField {...common} onChange={(e) => set(e.target.value)} />;
    case "readonly":
      return <TextField {...common} slotProps={{ htmlInput: { readOnly: true } }} />;
    case "select":
      return (
        <TextField {...common} select onChange={(e) => set(e.target.value)}>
          {(f.options ?? []).map((o) => (
            <MenuItem key={o} value={o}>
              {t(`settings.option.${textKey}.${o}`)}
            </MenuItem>
          ))}
        </TextField>
      );
    case "custom": {
      const Editor = f.editor!;
      return <Editor value={value} onChange={set} values={values} setOther={onChange} label={label} help={help} error={error} />;
    }
    case "textarea":
    case "code":
    case "json":
      return (
        <TextField
          {...common}
          multiline
          minRows={f.kind === "textarea" ? 2 : 4}
          maxRows={16}
          onChange={(e) => set(e.target.value)}
          slotProps={{ htmlInput: { spellCheck: f.kind === "textarea", style: f.kind === "textarea" ? undefined : { fontFamily: "monospace", fontSize: 13 } } }}
        />
      );
    case "urls":
      // One address per line here; the server keeps them comma-separated.
      return (
        <TextField
          {...common}
          multiline
          minRows={2}
          value={value.split(",").join("\n")}
          onChange={(e) =>
            set(
              e.target.value
                .split("\n")
                .map((s) => s.trim())
                .join(","),
            )
          }
          slotProps={{ htmlInput: { spellCheck: false, inputMode: "url" } }}
        />
      );
    default: {
      const input = (
        <TextField
          {...common}
          type={f.kind === "email" ? "email" : "text"}
          onChange={(e) => set(e.target.value)}
          slotProps={{
            htmlInput: {
              spellCheck: false,
              ...(f.kind === "int" || f.kind === "float" ? { inputMode: "decimal" } : {}),
              ...(f.kind === "url" ? { inputMode: "url" } : {}),
            },
          }}
        />
      );
      return f.generator ? <GeneratorCheck name={f.generator} executable={value} field={input} /> : input;
    }
  }
}
