import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { AdvancedSearchProps, AdvancedSearchResult } from "../dialogs";
import { advancedOptions, initialAdvancedForm, isEmptySearch, type AdvancedForm } from "./advancedForm";
import { AdvancedSearchFields } from "./AdvancedSearchFields";

/** Every search condition the server understands (docs/server-behaviour.md, "File URIs"), as a form. */
export default function AdvancedSearchDialog({ open, props, close }: DialogProps<AdvancedSearchProps, AdvancedSearchResult>) {
  const { t } = useTranslation("explorer");
  const [form, setForm] = useState<AdvancedForm>(() => initialAdvancedForm(props.initial));
  const set = (patch: Partial<AdvancedForm>) => setForm((f) => ({ ...f, ...patch }));
  const [scope, setScope] = useState<"folder" | "root">("folder");
  const options = advancedOptions(form);
  const empty = isEmptySearch(options);

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
          <AdvancedSearchFields form={form} set={set} />
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
