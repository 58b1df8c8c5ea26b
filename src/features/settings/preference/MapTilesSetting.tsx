import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField, Typography } from "@mui/material";
import { isTileTemplate, setMapTiles, useMapTiles, type MapTileSource } from "../../explorer/prefs/explorerPrefs";

/** Where Details loads map tiles from to show a photo's place: off (default), OpenStreetMap, or a template of the user's. */
export function MapTilesSetting() {
  const { t } = useTranslation("organize");
  const { source, template } = useMapTiles();
  const [draft, setDraft] = useState(template);
  const labelId = useId();
  const valid = isTileTemplate(draft);
  const choose = (next: MapTileSource) => setMapTiles(next, next === "custom" && valid ? draft : undefined);
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" id={labelId} sx={{ color: "text.primary" }}>
        {t("organize:prefs.mapTiles")}
      </FormLabel>
      <Typography variant="body2" color="text.secondary">
        {t("organize:prefs.mapTilesHint")}
      </Typography>
      <RadioGroup aria-labelledby={labelId} value={source} onChange={(e) => choose(e.target.value as MapTileSource)}>
        <FormControlLabel value="off" control={<Radio />} label={t("organize:prefs.mapOff")} />
        <FormControlLabel value="osm" control={<Radio />} label={t("organize:prefs.mapOsm")} />
        <FormControlLabel value="custom" control={<Radio />} label={t("organize:prefs.mapCustom")} />
      </RadioGroup>
      {source === "custom" && (
        <TextField
          size="small"
          label={t("organize:prefs.mapTemplate")}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            if (isTileTemplate(e.target.value)) setMapTiles("custom", e.target.value);
          }}
          error={draft !== "" && !valid}
          helperText={draft !== "" && !valid ? t("organize:prefs.mapTemplateInvalid") : t("organize:prefs.mapTemplateHint")}
          placeholder="https://tiles.example.org/{z}/{x}/{y}.png"
          sx={{ mt: 1, maxWidth: 520 }}
          slotProps={{ htmlInput: { spellCheck: false, dir: "ltr" } }}
        />
      )}
    </FormControl>
  );
}
