import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Box, Typography } from "@mui/material";
import { COLORS, isHexColor } from "./palette";

/**
 * A row of colour swatches as native radio buttons (arrow keys move between them), "none" first;
 * `extra` adds colours beyond the palette (ones used lately), named by their value.
 */
export function ColorChoice({
  label,
  value,
  onChange,
  noneLabel,
  extra = [],
}: {
  label: string;
  value: string;
  onChange: (hex: string) => void;
  noneLabel: string;
  extra?: readonly string[];
}) {
  const { t } = useTranslation("organize");
  const name = useId();
  const options = [
    { id: "none", hex: "", label: noneLabel },
    ...COLORS.map((c) => ({ id: c.id, hex: c.hex, label: t(`colors.${c.id}`) })),
    ...extra.filter(isHexColor).map((hex) => ({ id: hex, hex: hex.toLowerCase(), label: t("organize:colors.custom", { hex }) })),
  ];
  return (
    <Box role="radiogroup" aria-labelledby={`${name}-label`} sx={{ display: "flex", alignItems: "center", flexWrap: "wrap", gap: 1 }}>
      <Typography id={`${name}-label`} variant="body2" sx={{ mr: 1 }}>
        {label}
      </Typography>
      {options.map((o) => (
        <Box
          key={o.id}
          component="input"
          type="radio"
          name={name}
          aria-label={o.label}
          title={o.label}
          checked={value.toLowerCase() === o.hex}
          onChange={() => onChange(o.hex)}
          sx={{
            appearance: "none",
            m: 0,
            width: 28,
            height: 28,
            borderRadius: "50%",
            cursor: "pointer",
            bgcolor: o.hex || "transparent",
            border: o.hex ? "2px solid transparent" : "2px dashed",
            borderColor: o.hex ? "transparent" : "text.secondary",
            "&:checked": { outline: "3px solid", outlineColor: "text.primary", outlineOffset: 2 },
            "&:focus-visible": { outline: "3px solid", outlineColor: "primary.main", outlineOffset: 2 },
          }}
        />
      ))}
    </Box>
  );
}
