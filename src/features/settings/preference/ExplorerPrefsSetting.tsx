import { useTranslation } from "react-i18next";
import { FormControlLabel, Stack, Switch, Typography } from "@mui/material";
import { setExplorerPref, useExplorerPref, type ExplorerPrefs } from "../../explorer/prefs/explorerPrefs";
import { MapTilesSetting } from "./MapTilesSetting";

/** File-manager behaviour kept on this browser: what a click does, whether the folder tree follows, where maps come from. */
export function ExplorerPrefsSetting() {
  const { t } = useTranslation("organize");
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <PrefSwitch pref="singleClickOpensFolders" label={t("organize:prefs.singleClick")} hint={t("organize:prefs.singleClickHint")} />
      <PrefSwitch pref="treeAutoExpand" label={t("organize:prefs.treeAutoExpand")} hint={t("organize:prefs.treeAutoExpandHint")} />
      <MapTilesSetting />
    </Stack>
  );
}

function PrefSwitch({ pref, label, hint }: { pref: keyof ExplorerPrefs; label: string; hint: string }) {
  const on = useExplorerPref(pref);
  return (
    <div>
      <FormControlLabel control={<Switch checked={on} onChange={(e) => setExplorerPref(pref, e.target.checked)} />} label={label} />
      <Typography variant="body2" color="text.secondary">
        {hint}
      </Typography>
    </div>
  );
}
