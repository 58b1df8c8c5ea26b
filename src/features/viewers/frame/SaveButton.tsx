// The Save button of the viewers that edit a file (Markdown, Excalidraw), in the frame's bar: Ctrl+S
// does the same, which the button announces.
import { useTranslation } from "react-i18next";
import { Button } from "@mui/material";
import SaveIcon from "@mui/icons-material/SaveOutlined";

export function SaveButton({ dirty, saving, save }: { dirty: boolean; saving: boolean; save: () => unknown }) {
  const { t } = useTranslation("viewers");
  return (
    <Button color="inherit" startIcon={<SaveIcon aria-hidden />} disabled={!dirty || saving} onClick={() => void save()} aria-keyshortcuts="Control+S Meta+S">
      {saving ? t("editor.saving") : t("editor.save")}
    </Button>
  );
}
