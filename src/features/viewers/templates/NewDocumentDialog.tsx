// Which kind of document to make and its name: the catalogue's templates as choices, the name
// following the chosen kind's extension until the user types one of their own.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import { viewerName } from "../names";
import type { DocTemplate } from "./templates";
import { freeName, withExt } from "./templates";

export interface NewDocumentProps {
  templates: DocTemplate[];
  /** Names already in the folder. */
  taken: ReadonlySet<string>;
  /** Creates the file; a returned string is shown as the name's error and keeps the dialog open. */
  submit: (name: string, template: DocTemplate) => Promise<string | null>;
}

export default function NewDocumentDialog({ open, props, close }: DialogProps<NewDocumentProps, true>) {
  const { t } = useTranslation(["documents", "viewers"]);
  const titleId = `${useId()}-title`;
  const [kind, setKind] = useState(0);
  const template = props.templates[kind]!;
  const untitled = t("documents:newDocument.untitled");
  const suggested = (tpl: DocTemplate) => freeName(untitled, tpl.ext, props.taken);
  const [name, setName] = useState(() => suggested(template));
  const [typed, setTyped] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (i: number) => {
    setKind(i);
    setError(null);
    if (!typed) setName(suggested(props.templates[i]!));
  };
  const submit = async () => {
    if (!name.trim()) return setError(t("documents:newDocument.nameEmpty"));
    setBusy(true);
    try {
      const problem = await props.submit(withExt(name, template.ext), template);
      if (problem) setError(problem);
      else close(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={() => !busy && close()} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id={titleId}>{t("documents:newDocument.title")}</DialogTitle>
        <DialogContent>
          <FormControl>
            <FormLabel id={`${titleId}-kind`}>{t("documents:newDocument.kind")}</FormLabel>
            <RadioGroup aria-labelledby={`${titleId}-kind`} value={String(kind)} onChange={(e) => choose(Number(e.target.value))}>
              {props.templates.map((tpl, i) => (
                <FormControlLabel
                  key={tpl.ext}
                  value={String(i)}
                  control={<Radio size="small" />}
                  label={t("documents:newDocument.kindLabel", { name: viewerName(tpl, t), ext: tpl.ext })}
                />
              ))}
            </RadioGroup>
          </FormControl>
          <TextField
            fullWidth
            margin="normal"
            label={t("documents:newDocument.name")}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setTyped(true);
              setError(null);
            }}
            error={Boolean(error)}
            helperText={error ?? " "}
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: "off" } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close()} disabled={busy}>
            {t("viewers:common.cancel")}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t("documents:newDocument.create")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
