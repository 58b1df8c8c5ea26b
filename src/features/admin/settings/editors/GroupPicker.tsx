import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { MenuItem, TextField } from "@mui/material";
import { adminQueries, ALL } from "../../../../api/queries/admin";
import type { EditorProps } from "../types";

/** The group new accounts join, chosen by name (the guests' group is no place for an account). */
export function GroupPicker({ value, onChange, label, help, error }: EditorProps) {
  const groups = useQuery(adminQueries.groups(ALL)).data?.groups ?? [];
  const { t } = useTranslation("admin");
  const choices = groups.filter((g) => g.id !== 3);
  const known = choices.some((g) => String(g.id) === value);
  return (
    <TextField
      select
      fullWidth
      label={label}
      value={known ? value : ""}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error)}
      helperText={error ?? (known || !groups.length ? help : t("settings.groupGone", { id: value }))}
    >
      {choices.map((g) => (
        <MenuItem key={g.id} value={String(g.id)}>
          {g.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
