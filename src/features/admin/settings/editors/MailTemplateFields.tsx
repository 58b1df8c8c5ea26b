import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, Paper, TextField, Typography } from "@mui/material";

export interface Template {
  language: string;
  title: string;
  body: string;
}

/** One language's subject and HTML body, with a preview drawn in a sandboxed frame that runs no script. */
export function MailTemplateFields({ template, preview, onEdit }: { template: Template; preview: string; onEdit: (patch: Partial<Template>) => void }) {
  const { t } = useTranslation("admin");
  // Drawn on request only: a frame per template is heavy, and most visits only change a subject.
  const [previewing, setPreviewing] = useState(false);
  return (
    <Box sx={{ display: "grid", gap: 2 }}>
      <TextField
        label={t("settings.mail.subject", { language: template.language })}
        value={template.title}
        onChange={(e) => onEdit({ title: e.target.value })}
        fullWidth
      />
      <TextField
        label={t("settings.mail.body", { language: template.language })}
        value={template.body}
        onChange={(e) => onEdit({ body: e.target.value })}
        multiline
        minRows={6}
        maxRows={18}
        fullWidth
        helperText={t("settings.mail.bodyHelp", {
          siteName: "{{ .CommonContext.SiteBasic.Name }}",
          siteUrl: "{{ .CommonContext.SiteUrl }}",
          url: "{{ .Url }}",
        })}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: "monospace", fontSize: 13 } } }}
      />
      <Box>
        <Button variant="outlined" aria-expanded={previewing} onClick={() => setPreviewing((v) => !v)}>
          {previewing ? t("settings.mail.hidePreview") : t("settings.mail.showPreview")}
        </Button>
      </Box>
      {previewing && (
        <Paper variant="outlined" sx={{ overflow: "hidden" }}>
          <Typography variant="body2" sx={{ px: 1.5, py: 1, borderBottom: 1, borderColor: "divider" }}>
            {t("settings.mail.preview")}: {template.title}
          </Typography>
          {/* sandbox="" runs no script and loads nothing as this origin: the template is only drawn. */}
          <Box
            component="iframe"
            title={t("settings.mail.previewOf", { language: template.language })}
            sandbox=""
            srcDoc={preview}
            sx={{ width: "100%", height: 320, border: 0, bgcolor: "#fff", display: "block" }}
          />
        </Paper>
      )}
    </Box>
  );
}
