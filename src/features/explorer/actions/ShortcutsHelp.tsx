import { useTranslation } from "react-i18next";
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import type { DialogProps } from "../dialogs/host";
import { ACTIONS } from "./registry";
import { formatHotkey } from "./hotkeys";

/** Keys that move and select in the views (not actions, so not in the registry). */
const NAVIGATION: [string[], string][] = [
  [["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"], "help.move"],
  [["Home", "End"], "help.firstLast"],
  [["PageUp", "PageDown"], "help.page"],
  [["Shift+ArrowDown"], "help.extend"],
  [["Mod+ArrowDown", " "], "help.toggle"],
  [["a–z"], "help.typeahead"],
];

/** "?": every shortcut, generated from the actions registry so it can never be out of date. */
export default function ShortcutsHelp({ open, close }: DialogProps<Record<string, never>, void>) {
  const { t } = useTranslation("explorer");
  const rows = ACTIONS.filter((a) => a.hotkeys?.length).map((a) => ({ id: a.id, label: t(a.labelKey), keys: a.hotkeys! }));
  const kbd = (k: string) => (
    <Box key={k} component="kbd" sx={{ px: 0.75, py: 0.25, mr: 0.5, border: 1, borderColor: "divider", borderRadius: 1, fontFamily: "inherit", fontSize: 13, whiteSpace: "nowrap" }}>
      {k === " " ? t("help.space") : formatHotkey(k)}
    </Box>
  );
  return (
    <Dialog open={open} onClose={() => close()} fullWidth maxWidth="sm" aria-labelledby="help-title">
      <DialogTitle id="help-title">{t("help.title")}</DialogTitle>
      <DialogContent>
        <Table size="small" aria-labelledby="help-title">
          <TableHead>
            <TableRow>
              <TableCell>{t("help.action")}</TableCell>
              <TableCell>{t("help.keys")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.label}</TableCell>
                <TableCell>{r.keys.map(kbd)}</TableCell>
              </TableRow>
            ))}
            {NAVIGATION.map(([keys, label]) => (
              <TableRow key={label}>
                <TableCell>{t(label)}</TableCell>
                <TableCell>{keys.map(kbd)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()} autoFocus>
          {t("common.close")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
