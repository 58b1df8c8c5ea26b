import { useTranslation } from "react-i18next";
import { TextField } from "@mui/material";
import type { EditorProps } from "../types";

/**
 * A setting's JSON as plain text, for when it cannot be read into its editor: the admin can still
 * see and fix it, told what shape is expected.
 */
export function RawJsonField({
  value,
  onChange,
  label,
  error,
  shape,
}: Pick<EditorProps, "value" | "onChange" | "label" | "error"> & { shape: "array" | "object" }) {
  const { t } = useTranslation("admin");
  return (
    <TextField
      label={label}
      value={value}
      multiline
      minRows={4}
      fullWidth
      error
      helperText={error ?? t(shape === "array" ? "settings.problem.jsonArray" : "settings.problem.jsonObject")}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: "monospace", fontSize: 13 } } }}
    />
  );
}
