import { useTranslation } from "react-i18next";
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import type { DialogProps } from "../../../shared/dialogs/host";
import { ACTIONS } from "./registry";
import { formatHotkey, helpRows } from "./hotkeys";
import { KEYMAP } from "./keymap";

/** Keys that move and select in the views (not actions, so not in the registry). */
const NAVIGATION: [string[], string][] = [
  [["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"], "help.move"],
  [["Home", "End"], "help.firstLast"],
  [["PageUp", "PageDown"], "help.page"],
  [["Shift+ArrowDown"], "help.extend"],
  [["Mod+ArrowDown", " "], "help.toggle"],
  [["a–z"], "help.typeahead"],
];

/** "?": every shortcut, generated from the keymap and the actions registry so it can never be out of date. */
export default function ShortcutsHelp({ open, close }: DialogProps<Record<string, never>, void>) {
  const { t } = useTranslation("explorer");
  const rows = helpRows(ACTIONS, KEYMAP).map(({ action, keys }) => ({ id: action.id, label: t(action.labelKey), keys }));
  // Each key stays whole, but a cell's keys wrap onto more lines rather than widen a phone's dialog.
  const kbd = (k: string) => (
    <Box
      key={k}
      component="kbd"
      sx={{
        display: "inline-block",
        px: 0.75,
        py: 0.25,
        mr: 0.5,
        my: 0.25,
        border: 1,
        borderColor: "divider",
        borderRadius: 1,
        fontFamily: "inherit",
        fontSize: 13,
        whiteSpace: "nowrap",
      }}
    >
      {k === " " ? t("help.space") : formatHotkey(k)}
    </Box>
  );
  return (
    <Dialog
      open={open}
      onClose={() => close()}
      fullWidth
      maxWidth="sm"
      aria-labelledby="help-title"
      sx={{ "& .MuiDialog-paper": { mx: { xs: 1.5, sm: 4 }, width: { xs: "calc(100% - 24px)", sm: "calc(100% - 64px)" } } }}
    >
      <DialogTitle id="help-title">{t("help.title")}</DialogTitle>
      {/* Taller than a phone's screen: the list scrolls, so it takes focus for the arrow keys. */}
      <DialogContent tabIndex={0} role="region" aria-labelledby="help-title" sx={{ px: { xs: 1.5, sm: 3 } }}>
        <Table size="small" aria-labelledby="help-title" sx={{ "& td, & th": { px: { xs: 1, sm: 2 } }, "& td": { overflowWrap: "anywhere" } }}>
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
