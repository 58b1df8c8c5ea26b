import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, FormHelperText, MenuItem, TextField } from "@mui/material";
import { bestUnit } from "./format";

export interface Unit {
  unit: string;
  factor: number;
}

export interface UnitFieldProps {
  label: string;
  help?: string;
  error?: string;
  /** The value in the base unit (bytes, seconds) as text; anything unparsable is passed through. */
  value: string;
  onChange: (v: string) => void;
  units: readonly Unit[];
  /** i18n key prefix of the unit names (`units.size`, `units.time`). */
  unitKey: string;
  required?: boolean;
}

const toText = (value: string, factor: number) => {
  if (!/^\d+$/.test(value)) return value;
  const n = Number(value) / factor;
  return String(Number.isInteger(n) ? n : Number(n.toFixed(3)));
};

/** A number with a unit (sizes, durations): typed in any unit, handed back in the base unit. */
export function UnitField({ label, help, error, value, onChange, units, unitKey, required }: UnitFieldProps) {
  const { t } = useTranslation("admin");
  const id = useId();
  const [unit, setUnit] = useState(() => bestUnit(units, /^\d+$/.test(value) ? Number(value) : 0));
  const [text, setText] = useState(() => toText(value, unit.factor));
  const [seen, setSeen] = useState(value);
  // A value changed from outside (reset, discard) is shown in its best unit again.
  if (seen !== value) {
    setSeen(value);
    const mine = /^\d+(\.\d+)?$/.test(text.trim()) ? String(Math.round(Number(text) * unit.factor)) : text;
    if (mine !== value) {
      const best = bestUnit(units, /^\d+$/.test(value) ? Number(value) : 0);
      setUnit(best);
      setText(toText(value, best.factor));
    }
  }
  const emit = (raw: string, u: Unit) => {
    const s = raw.trim();
    onChange(/^\d+(\.\d+)?$/.test(s) ? String(Math.round(Number(s) * u.factor)) : raw);
  };
  return (
    <Box>
      <Box sx={{ display: "flex", gap: 1 }}>
        <TextField
          label={label}
          value={text}
          required={required}
          onChange={(e) => {
            setText(e.target.value);
            emit(e.target.value, unit);
          }}
          error={Boolean(error)}
          slotProps={{ htmlInput: { inputMode: "decimal", "aria-describedby": `${id}-help` } }}
          sx={{ flex: 1, minWidth: 0 }}
        />
        <TextField
          select
          label={t("units.label")}
          value={unit.unit}
          onChange={(e) => {
            const u = units.find((x) => x.unit === e.target.value)!;
            setUnit(u);
            emit(text, u);
          }}
          slotProps={{ htmlInput: { "aria-label": t("units.of", { label }) } }}
          sx={{ width: 110, flexShrink: 0 }}
        >
          {units.map((u) => (
            <MenuItem key={u.unit} value={u.unit}>
              {t(`${unitKey}.${u.unit}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {(error || help) && (
        <FormHelperText id={`${id}-help`} error={Boolean(error)} sx={{ mx: 1.75 }}>
          {error || help}
        </FormHelperText>
      )}
    </Box>
  );
}
