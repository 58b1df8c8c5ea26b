import { useTranslation } from "react-i18next";
import { FormControlLabel, Switch } from "@mui/material";
import { useServerFeatures } from "../../../api/queries/serverFeatures";

/**
 * "Force download" for direct links: the links then lead to `/f/d/…`, which newer servers (4.3 on)
 * serve as a download instead of showing the file. Nothing on servers without it.
 */
export function ForceDownloadSwitch({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation("explorer");
  if (!useServerFeatures().forceDownloadLinks) return null;
  return <FormControlLabel control={<Switch checked={checked} onChange={(e) => onChange(e.target.checked)} />} label={t("directLinks.forceDownload")} />;
}
