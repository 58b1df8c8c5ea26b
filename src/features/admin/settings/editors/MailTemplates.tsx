import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, FormHelperText, MenuItem, TextField, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/AddOutlined";
import type { EditorProps } from "../types";
import { RawJsonField } from "./RawJsonField";
import { MailTemplateFields, type Template } from "./MailTemplateFields";

function parse(text: string): Template[] | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    if (!Array.isArray(v)) return undefined;
    return v.map((x: Partial<Template>) => ({ language: String(x?.language ?? ""), title: String(x?.title ?? ""), body: String(x?.body ?? "") }));
  } catch {
    return undefined;
  }
}

// Sample values for the preview: the server fills these Go template fields when it sends a mail.
const SAMPLE: [RegExp, (site: string, url: string) => string][] = [
  [/\{\{\s*\.CommonContext\.SiteBasic\.Name\s*\}\}/g, (site) => site],
  [/\{\{\s*\.CommonContext\.SiteUrl\s*\}\}/g, (_, url) => url],
  [/\{\{\s*\.Url\s*\}\}/g, (_, url) => `${url}/session/activate?id=example`],
  [/\{\{\s*\.User\.Nick\s*\}\}/g, () => "Alice"],
];

/**
 * An e-mail template per language (the server picks the reader's language, else the first): its
 * subject and HTML body, with a preview drawn in a sandboxed frame that runs no script.
 */
export function MailTemplates({ value, onChange, values, label, help, error }: EditorProps) {
  const { t } = useTranslation("admin");
  const id = useId();
  const list = parse(value);
  const [current, setCurrent] = useState(0);
  const [newLang, setNewLang] = useState("");
  if (!list) {
    return <RawJsonField value={value} onChange={onChange} label={label} error={error} shape="array" />;
  }
  const index = Math.min(current, Math.max(0, list.length - 1));
  const tpl = list[index];
  const write = (next: Template[]) => onChange(JSON.stringify(next));
  const edit = (patch: Partial<Template>) => write(list.map((x, i) => (i === index ? { ...x, ...patch } : x)));
  const site = values.siteName ?? "Cloudreve";
  const url = (values.siteURL ?? "").split(",")[0] || location.origin;
  const preview = tpl ? SAMPLE.reduce((html, [re, fill]) => html.replace(re, fill(site, url)), tpl.body) : "";
  const addLang = () => {
    const lang = newLang.trim();
    if (!lang || list.some((x) => x.language === lang)) return;
    write([...list, { language: lang, title: tpl?.title ?? "", body: tpl?.body ?? "" }]);
    setCurrent(list.length);
    setNewLang("");
  };
  return (
    <Box role="group" aria-labelledby={`${id}-l`}>
      <Typography id={`${id}-l`} variant="subtitle1" component="h3">
        {label}
      </Typography>
      <FormHelperText error={Boolean(error)} sx={{ mt: 0, mb: 1.5 }}>
        {error ?? help}
      </FormHelperText>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 2 }}>
        <TextField
          select
          size="small"
          label={t("settings.mail.language")}
          value={String(index)}
          onChange={(e) => setCurrent(Number(e.target.value))}
          sx={{ minWidth: 160 }}
        >
          {list.map((x, i) => (
            <MenuItem key={i} value={String(i)}>
              {x.language || "—"}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={t("settings.mail.newLanguage")}
          value={newLang}
          onChange={(e) => setNewLang(e.target.value)}
          sx={{ width: 160 }}
          placeholder="fr-FR"
        />
        <Button startIcon={<AddIcon aria-hidden />} onClick={addLang} disabled={!newLang.trim() || list.some((x) => x.language === newLang.trim())}>
          {t("settings.mail.addLanguage")}
        </Button>
        <Button color="error" onClick={() => write(list.filter((_, i) => i !== index))} disabled={list.length <= 1}>
          {t("settings.mail.removeLanguage", { language: tpl?.language })}
        </Button>
      </Box>
      {tpl && <MailTemplateFields template={tpl} preview={preview} onEdit={edit} />}
    </Box>
  );
}
