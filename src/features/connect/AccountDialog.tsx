import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "@mui/material";
import FolderIcon from "@mui/icons-material/FolderOpenOutlined";
import type { DavAccount } from "../../api/queries/dav";
import { describeError } from "../../api/errors";
import { parseUri, tryParseUri } from "../../lib/uri";
import { FormDialog } from "../../shared/dialogs/FormDialog";
import { useFormSubmit } from "../../shared/dialogs/useFormSubmit";
import { PickField } from "../../shared/fields/PickField";
import { SwitchField } from "../../shared/fields/SwitchField";
import { dialogs } from "../explorer";
import type { DialogProps } from "../../shared/dialogs/host";
import { davFlags, nameProblem } from "./davAccount";
import type { AccountDialogProps } from "./dialogs";
import { useRootLabel } from "./useRootLabel";

const MY_ROOT = "cloudreve://my";
// The picker asks for folders a page at a time; the server caps the page size at its own maximum.
const PICKER_PAGE_SIZE = 200;

/** Creates or edits a WebDAV account: its name, root folder and options (docs/server-behaviour.md, "WebDAV accounts"). */
export default function AccountDialog({ open, props, close }: DialogProps<AccountDialogProps, DavAccount>) {
  const { t } = useTranslation("connect");
  const rootLabel = useRootLabel();
  const existing = props.account;
  const [initial] = useState(() => davFlags(existing?.options));
  const [name, setName] = useState(existing?.name ?? "");
  const [root, setRoot] = useState(existing?.uri ?? MY_ROOT);
  const [readOnly, setReadOnly] = useState(initial.readOnly);
  const [proxy, setProxy] = useState(initial.proxy);
  const form = useFormSubmit((err) => describeError(err, t));
  const problem = nameProblem(name);
  const nameError = form.touched && problem ? t(`form.name.${problem}`) : "";

  const chooseRoot = async () => {
    // The picker browses My files; a root inside a share starts it at the top.
    const current = tryParseUri(root);
    const start = current?.fs === "my" ? current.withoutSearch() : parseUri(MY_ROOT);
    const picked = await dialogs.pickFolder({
      title: t("form.pickTitle"),
      confirmLabel: t("form.pickConfirm"),
      start,
      exclude: [],
      maxPageSize: PICKER_PAGE_SIZE,
    });
    if (picked) setRoot(picked);
  };

  const submit = () =>
    form.submit(problem, async () => {
      // Without the group's permission the server drops proxying anyway; do not ask for it.
      close(await props.save({ name: name.trim(), uri: root, readonly: readOnly, proxy: props.canProxy && proxy }));
    });

  return (
    <FormDialog
      open={open}
      title={existing ? t("form.editTitle", { name: existing.name }) : t("form.createTitle")}
      busy={form.busy}
      error={form.error}
      submitLabel={existing ? t("form.save") : t("form.create")}
      cancelLabel={t("common.cancel")}
      onSubmit={() => void submit()}
      onCancel={() => close()}
    >
      <TextField
        label={t("form.name.label")}
        value={name}
        required
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onBlur={() => form.setTouched(true)}
        error={Boolean(nameError)}
        helperText={nameError || t("form.name.help")}
      />
      <PickField
        label={t("form.root.label")}
        value={rootLabel(root)}
        help={t("form.root.help")}
        chooseLabel={t("form.root.choose")}
        icon={<FolderIcon aria-hidden />}
        onChoose={() => void chooseRoot()}
      />
      <SwitchField label={t("form.readOnly.label")} help={t("form.readOnly.help")} checked={readOnly} onChange={setReadOnly} />
      {props.canProxy && <SwitchField label={t("form.proxy.label")} help={t("form.proxy.help")} checked={proxy} onChange={setProxy} />}
    </FormDialog>
  );
}
