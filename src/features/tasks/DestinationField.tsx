import { useTranslation } from "react-i18next";
import FolderIcon from "@mui/icons-material/FolderOpenOutlined";
import { parseUri } from "../../lib/uri";
import { PickField } from "../../shared/fields/PickField";
import { dialogs } from "../explorer";
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
    const picked = await dialogs.pickFolder({
      title: pickTitle,
      confirmLabel: t("destination.confirm"),
      start: parseUri(value),
      exclude: [],
      maxPageSize: PICKER_PAGE_SIZE,
    });
    if (picked) onChange(picked);
  };
  return (
    <PickField
      label={label}
      value={folderLabel(value, t("folders.my"))}
      help={help}
      chooseLabel={t("destination.choose")}
      icon={<FolderIcon aria-hidden />}
      onChoose={() => void choose()}
      disabled={disabled}
    />
  );
}
