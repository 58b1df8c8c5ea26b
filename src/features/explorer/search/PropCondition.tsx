import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Box, MenuItem, TextField } from "@mui/material";
import { siteQueries } from "../../../api/queries/site";
import type { CustomProp } from "../info/CustomProps";

const PREFIX = "props:";

/** What a value of the property looks like inside its stored text (a search matches a substring). */
export function propNeedle(prop: CustomProp, value: string): string {
  // A multi-select stores a JSON list: the quoted option matches that option only, not a longer one.
  return prop.type === "multi_select" && value ? JSON.stringify(value) : value;
}

interface Props {
  metaKey: string;
  metaValue: string;
  onChange: (key: string, value: string) => void;
  disabled: boolean;
}

/**
 * A custom property as a search condition (a `meta_props:<id>` filter), with a value control of
 * the property's type. Only where the server has custom properties.
 */
export function PropCondition({ metaKey, metaValue, onChange, disabled }: Props) {
  const { t } = useTranslation("explorer");
  const config = useQuery(siteQueries.config("explorer"));
  const props = (config.data as { custom_props?: CustomProp[] } | undefined)?.custom_props?.filter((p) => p.type !== "user") ?? [];
  if (!props.length) return null;
  const prop = metaKey.startsWith(PREFIX) ? props.find((p) => p.id === metaKey.slice(PREFIX.length)) : undefined;
  const shown = prop?.type === "multi_select" && metaValue.startsWith('"') ? (JSON.parse(metaValue) as string) : metaValue;
  const choices =
    prop?.type === "boolean"
      ? [
          ["true", t("advanced.propYes")],
          ["false", t("advanced.propNo")],
        ]
      : prop?.type === "select" || prop?.type === "multi_select"
        ? (prop.options ?? []).map((o) => [o, o])
        : null;
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" }, gap: 2 }}>
      <TextField
        select
        label={t("advanced.prop")}
        value={prop?.id ?? ""}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value ? PREFIX + e.target.value : "", "")}
      >
        <MenuItem value="">
          <em>{t("info.props.none")}</em>
        </MenuItem>
        {props.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.name}
          </MenuItem>
        ))}
      </TextField>
      {prop &&
        (choices ? (
          <TextField
            select
            label={t("advanced.propValue")}
            value={shown}
            disabled={disabled}
            onChange={(e) => onChange(metaKey, propNeedle(prop, e.target.value))}
          >
            {choices.map(([v, label]) => (
              <MenuItem key={v} value={v}>
                {label}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <TextField
            label={t("advanced.propValue")}
            type={prop.type === "number" || prop.type === "rating" ? "number" : "text"}
            value={shown}
            disabled={disabled}
            onChange={(e) => onChange(metaKey, e.target.value)}
          />
        ))}
    </Box>
  );
}
