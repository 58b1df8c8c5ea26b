import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  InputLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Select,
  TextField,
  FormLabel,
} from "@mui/material";
import type { SearchCategory, SearchOptions, SearchType } from "../../../lib/uri";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { AdvancedSearchProps, AdvancedSearchResult } from "../dialogs";
import { tokenize } from "./query";
import { PropCondition } from "./PropCondition";

const UNITS = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 } as const;
type Unit = keyof typeof UNITS;

const toDate = (sec: number | undefined) => (sec ? new Date(sec * 1000).toISOString().slice(0, 10) : "");
const fromDate = (v: string, endOfDay: boolean) => (v ? Math.floor(Date.parse(`${v}T${endOfDay ? "23:59:59" : "00:00:00"}`) / 1000) : undefined);

/** Every search condition the server understands (contract §8.0), as a form. */
export default function AdvancedSearchDialog({ open, props, close }: DialogProps<AdvancedSearchProps, AdvancedSearchResult>) {
  const { t } = useTranslation("explorer");
  const init = props.initial;
  const [names, setNames] = useState((init.names ?? []).map((n) => (n.includes(" ") ? `"${n}"` : n)).join(" "));
  const [useOr, setUseOr] = useState(Boolean(init.useOr));
  const [caseFolding, setCaseFolding] = useState(init.caseFolding ?? true);
  const [type, setType] = useState<SearchType | "">(init.type ?? "");
  const [category, setCategory] = useState<SearchCategory | "">(init.category ?? "");
  const [minSize, setMinSize] = useState(init.sizeGte ? String(init.sizeGte) : "");
  const [maxSize, setMaxSize] = useState(init.sizeLte ? String(init.sizeLte) : "");
  const [unit, setUnit] = useState<Unit>("B");
  const [createdFrom, setCreatedFrom] = useState(toDate(init.createdGte));
  const [createdTo, setCreatedTo] = useState(toDate(init.createdLte));
  const [updatedFrom, setUpdatedFrom] = useState(toDate(init.updatedGte));
  const [updatedTo, setUpdatedTo] = useState(toDate(init.updatedLte));
  const initialTag =
    Object.keys(init.metadata ?? {})
      .find((k) => k.startsWith("tag:"))
      ?.slice(4) ?? "";
  const initialMeta = Object.entries(init.metadata ?? {}).find(([k]) => !k.startsWith("tag:"));
  const [tag, setTag] = useState(initialTag);
  const [metaKey, setMetaKey] = useState(initialMeta?.[0] ?? "");
  const [metaValue, setMetaValue] = useState(initialMeta?.[1] ?? "");
  const [scope, setScope] = useState<"folder" | "root">("folder");

  const size = (v: string) => (v.trim() === "" || Number.isNaN(Number(v)) ? undefined : Math.round(Number(v) * UNITS[unit]));
  const options: SearchOptions = {
    names: tokenize(names),
    useOr,
    caseFolding,
    ...(type ? { type } : {}),
    ...(category ? { category } : {}),
    sizeGte: size(minSize),
    sizeLte: size(maxSize),
    createdGte: fromDate(createdFrom, false),
    createdLte: fromDate(createdTo, true),
    updatedGte: fromDate(updatedFrom, false),
    updatedLte: fromDate(updatedTo, true),
    // The server needs every meta_ filter to match the same row, so only one can be used.
    ...(tag.trim() ? { metadata: { [`tag:${tag.trim()}`]: "" } } : metaKey.trim() ? { metadata: { [metaKey.trim()]: metaValue } } : {}),
  };
  const empty =
    !options.names?.length &&
    !type &&
    !category &&
    options.sizeGte === undefined &&
    options.sizeLte === undefined &&
    !options.createdGte &&
    !options.createdLte &&
    !options.updatedGte &&
    !options.updatedLte &&
    !options.metadata;

  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="sm" aria-labelledby="adv-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!empty) close({ options, scope });
        }}
      >
        <DialogTitle id="adv-title">{t("advanced.title")}</DialogTitle>
        <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>
          <TextField autoFocus label={t("advanced.names")} helperText={t("advanced.namesHelp")} value={names} onChange={(e) => setNames(e.target.value)} />
          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2 }}>
            <FormControlLabel control={<Checkbox checked={useOr} onChange={(e) => setUseOr(e.target.checked)} />} label={t("advanced.anyWord")} />
            <FormControlLabel
              control={<Checkbox checked={caseFolding} onChange={(e) => setCaseFolding(e.target.checked)} />}
              label={t("advanced.ignoreCase")}
            />
          </Box>
          <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" }, gap: 2 }}>
            <FormControl>
              <InputLabel id="adv-type">{t("advanced.type")}</InputLabel>
              <Select labelId="adv-type" label={t("advanced.type")} value={type} onChange={(e) => setType(e.target.value as SearchType | "")}>
                <MenuItem value="">{t("advanced.any")}</MenuItem>
                <MenuItem value="file">{t("advanced.files")}</MenuItem>
                <MenuItem value="folder">{t("advanced.folders")}</MenuItem>
              </Select>
            </FormControl>
            <FormControl>
              <InputLabel id="adv-cat">{t("advanced.category")}</InputLabel>
              <Select labelId="adv-cat" label={t("advanced.category")} value={category} onChange={(e) => setCategory(e.target.value as SearchCategory | "")}>
                <MenuItem value="">{t("advanced.any")}</MenuItem>
                {(["image", "video", "audio", "document"] as const).map((c) => (
                  <MenuItem key={c} value={c}>
                    {t(`advanced.categories.${c}`)}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
          </Box>
          <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr 1fr", sm: "1fr 1fr 110px" }, gap: 2 }}>
            <TextField
              label={t("advanced.minSize")}
              type="number"
              slotProps={{ htmlInput: { min: 0 } }}
              value={minSize}
              onChange={(e) => setMinSize(e.target.value)}
            />
            <TextField
              label={t("advanced.maxSize")}
              type="number"
              slotProps={{ htmlInput: { min: 0 } }}
              value={maxSize}
              onChange={(e) => setMaxSize(e.target.value)}
            />
            <FormControl>
              <InputLabel id="adv-unit">{t("advanced.unit")}</InputLabel>
              <Select labelId="adv-unit" label={t("advanced.unit")} value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
                {Object.keys(UNITS).map((u) => (
                  <MenuItem key={u} value={u}>
                    {u}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
          </Box>
          <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 2 }}>
            <TextField
              type="date"
              label={t("advanced.createdFrom")}
              value={createdFrom}
              onChange={(e) => setCreatedFrom(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              type="date"
              label={t("advanced.createdTo")}
              value={createdTo}
              onChange={(e) => setCreatedTo(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              type="date"
              label={t("advanced.updatedFrom")}
              value={updatedFrom}
              onChange={(e) => setUpdatedFrom(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              type="date"
              label={t("advanced.updatedTo")}
              value={updatedTo}
              onChange={(e) => setUpdatedTo(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Box>
          <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr 1fr" }, gap: 2 }}>
            <TextField label={t("advanced.tag")} value={tag} onChange={(e) => setTag(e.target.value)} />
            <TextField label={t("advanced.metaKey")} value={metaKey} onChange={(e) => setMetaKey(e.target.value)} disabled={Boolean(tag.trim())} />
            <TextField label={t("advanced.metaValue")} value={metaValue} onChange={(e) => setMetaValue(e.target.value)} disabled={Boolean(tag.trim())} />
          </Box>
          <PropCondition
            metaKey={metaKey}
            metaValue={metaValue}
            disabled={Boolean(tag.trim())}
            onChange={(k, v) => {
              setMetaKey(k);
              setMetaValue(v);
            }}
          />
          {!props.base.isRoot && (
            <FormControl>
              <FormLabel id="adv-scope">{t("advanced.scope")}</FormLabel>
              <RadioGroup row aria-labelledby="adv-scope" value={scope} onChange={(e) => setScope(e.target.value as "folder" | "root")}>
                <FormControlLabel value="folder" control={<Radio />} label={t("advanced.scopeFolder", { name: props.base.name })} />
                <FormControlLabel value="root" control={<Radio />} label={t("advanced.scopeRoot", { name: t(`roots.${props.base.fs}`) })} />
              </RadioGroup>
            </FormControl>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()}>{t("common.cancel")}</Button>
          <Button type="submit" variant="contained" disabled={empty}>
            {t("advanced.search")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
