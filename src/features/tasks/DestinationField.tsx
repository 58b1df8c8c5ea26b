import { useTranslation } from "react-i18next";
import { Box, Button, TextField } from "@mui/material";
import FolderIcon from "@mui/icons-material/FolderOpenOutlined";
import { parseUri } from "../../lib/uri";
import { dialogs } from "../explorer/dialogs";
import { folderLabel } from "./model";

// The picker asks for folders a page at a time; the server caps the page size at its own maximum.
const PICKER_PAGE_SIZE = 200;

interface Props {
  label: string;
  help: string;
  /** Title of the folder picker. */
  pickTitle: string;
  value: string;
  onChange: (uri: string) => void;
  disabled?: boolean;
}

/** A destination folder in My files: shown as a path, chosen with the folder picker. */
export function DestinationField({ label, help, pickTitle, value, onChange, disabled }: Props) {
  const { t } = useTranslation("tasks");
  const choose = async () => {
    const picked = await dialogs.pickFolder({ title: pickTitle, confirmLabel: t("destination.confirm"), start: parseUri(value), exclude: [], maxPageSize: PICKER_PAGE_SIZE });
    if (picked) onChange(picked);
  };
  return (
    <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start", flexWrap: { xs: "wrap", sm: "nowrap" } }}>
      <TextField label={label} value={folderLabel(value, t("folders.my"))} fullWidth helperText={help} slotProps={{ htmlInput: { readOnly: true } }} />
      <Button variant="outlined" startIcon={<FolderIcon aria-hidden />} onClick={() => void choose()} disabled={disabled} sx={{ flexShrink: 0, mt: { sm: 1 } }}>
        {t("destination.choose")}
      </Button>
    </Box>
  );
}
