import { useTranslation } from "react-i18next";
import { Box, Checkbox, FormControl, FormControlLabel, InputLabel, MenuItem, Select, TextField } from "@mui/material";
import type { SearchCategory, SearchType } from "../../../lib/uri";
import { UNITS, type AdvancedForm, type Unit } from "./advancedForm";
import { PropCondition } from "./PropCondition";

export interface FormPart {
  form: AdvancedForm;
  set: (patch: Partial<AdvancedForm>) => void;
}

/** The advanced search's conditions: names, kind, size, dates and one metadata filter. */
export function AdvancedSearchFields({ form, set }: FormPart) {
  const { t } = useTranslation("explorer");
  const tagged = Boolean(form.tag.trim());
  return (
    <>
      <TextField
        autoFocus
        label={t("advanced.names")}
        helperText={t("advanced.namesHelp")}
        value={form.names}
        onChange={(e) => set({ names: e.target.value })}
      />
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2 }}>
        <FormControlLabel control={<Checkbox checked={form.useOr} onChange={(e) => set({ useOr: e.target.checked })} />} label={t("advanced.anyWord")} />
        <FormControlLabel
          control={<Checkbox checked={form.caseFolding} onChange={(e) => set({ caseFolding: e.target.checked })} />}
          label={t("advanced.ignoreCase")}
        />
      </Box>
      <KindFields form={form} set={set} />
      <SizeFields form={form} set={set} />
      <DateFields form={form} set={set} />
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr 1fr" }, gap: 2 }}>
        <TextField label={t("advanced.tag")} value={form.tag} onChange={(e) => set({ tag: e.target.value })} />
        <TextField label={t("advanced.metaKey")} value={form.metaKey} onChange={(e) => set({ metaKey: e.target.value })} disabled={tagged} />
        <TextField label={t("advanced.metaValue")} value={form.metaValue} onChange={(e) => set({ metaValue: e.target.value })} disabled={tagged} />
      </Box>
      <PropCondition metaKey={form.metaKey} metaValue={form.metaValue} disabled={tagged} onChange={(metaKey, metaValue) => set({ metaKey, metaValue })} />
    </>
  );
}

function KindFields({ form, set }: FormPart) {
  const { t } = useTranslation("explorer");
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" }, gap: 2 }}>
      <FormControl>
        <InputLabel id="adv-type">{t("advanced.type")}</InputLabel>
        <Select labelId="adv-type" label={t("advanced.type")} value={form.type} onChange={(e) => set({ type: e.target.value as SearchType | "" })}>
          <MenuItem value="">{t("advanced.any")}</MenuItem>
          <MenuItem value="file">{t("advanced.files")}</MenuItem>
          <MenuItem value="folder">{t("advanced.folders")}</MenuItem>
        </Select>
      </FormControl>
      <FormControl>
        <InputLabel id="adv-cat">{t("advanced.category")}</InputLabel>
        <Select
          labelId="adv-cat"
          label={t("advanced.category")}
          value={form.category}
          onChange={(e) => set({ category: e.target.value as SearchCategory | "" })}
        >
          <MenuItem value="">{t("advanced.any")}</MenuItem>
          {(["image", "video", "audio", "document"] as const).map((c) => (
            <MenuItem key={c} value={c}>
              {t(`advanced.categories.${c}`)}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </Box>
  );
}

function SizeFields({ form, set }: FormPart) {
  const { t } = useTranslation("explorer");
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr 1fr", sm: "1fr 1fr 110px" }, gap: 2 }}>
      <TextField
        label={t("advanced.minSize")}
        type="number"
        slotProps={{ htmlInput: { min: 0 } }}
        value={form.minSize}
        onChange={(e) => set({ minSize: e.target.value })}
      />
      <TextField
        label={t("advanced.maxSize")}
        type="number"
        slotProps={{ htmlInput: { min: 0 } }}
        value={form.maxSize}
        onChange={(e) => set({ maxSize: e.target.value })}
      />
      <FormControl>
        <InputLabel id="adv-unit">{t("advanced.unit")}</InputLabel>
        <Select labelId="adv-unit" label={t("advanced.unit")} value={form.unit} onChange={(e) => set({ unit: e.target.value as Unit })}>
          {Object.keys(UNITS).map((u) => (
            <MenuItem key={u} value={u}>
              {u}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </Box>
  );
}

function DateFields({ form, set }: FormPart) {
  const { t } = useTranslation("explorer");
  const labels = {
    createdFrom: t("advanced.createdFrom"),
    createdTo: t("advanced.createdTo"),
    updatedFrom: t("advanced.updatedFrom"),
    updatedTo: t("advanced.updatedTo"),
  } as const;
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 2 }}>
      {(Object.keys(labels) as (keyof typeof labels)[]).map((field) => (
        <TextField
          key={field}
          type="date"
          label={labels[field]}
          value={form[field]}
          onChange={(e) => set({ [field]: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      ))}
    </Box>
  );
}
