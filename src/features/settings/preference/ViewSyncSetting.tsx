import { useTranslation } from "react-i18next";
import { FormControlLabel, Switch, Typography } from "@mui/material";
import { usePatchSettings, type UserSettings } from "../queries";
import { useSaved } from "../useSaved";

/** Folder view settings (layout, sorting, columns) saved on the server and shared by your devices. */
export function ViewSyncSetting({ settings }: { settings: UserSettings }) {
  const { t } = useTranslation("settings");
  const patch = usePatchSettings();
  const { saved, failed } = useSaved();
  const on = !settings.disable_view_sync;
  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={on}
            disabled={patch.isPending}
            onChange={(e) => patch.mutate({ disable_view_sync: !e.target.checked }, { onSuccess: () => saved(), onError: failed })}
          />
        }
        label={t("preference.viewSync")}
      />
      <Typography variant="body2" color="text.secondary">
        {t("preference.viewSyncHint")}
      </Typography>
    </>
  );
}
