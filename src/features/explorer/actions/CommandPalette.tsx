import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Dialog, InputBase, List, ListItemButton, ListItemText, Typography } from "@mui/material";
import SearchIcon from "@mui/icons-material/SearchOutlined";
import type { DialogProps } from "../../../shared/dialogs/host";
import type { PaletteProps } from "../dialogs";
import { hideOnTouch } from "./hotkeys";

const fold = (s: string) => s.normalize("NFKD").toLocaleLowerCase();

/** Ctrl/⌘+K: every enabled command by name (a combobox over a listbox of commands). */
export default function CommandPalette({ open, props, close }: DialogProps<PaletteProps, string>) {
  const { t } = useTranslation("explorer");
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return props.commands.filter((c) => words.every((w) => fold(`${c.label} ${c.group}`).includes(w)));
  }, [query, props.commands]);
  const current = Math.min(active, matches.length - 1);
  return (
    <Dialog
      open={open}
      onClose={() => close()}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { "aria-label": t("actions.palette"), sx: { alignSelf: "flex-start", mt: "12vh" } } }}
    >
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, px: 2, py: 1, borderBottom: 1, borderColor: "divider" }}>
        <SearchIcon color="action" aria-hidden />
        <InputBase
          autoFocus
          fullWidth
          placeholder={t("palette.placeholder")}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setActive((a) => Math.min(matches.length - 1, a + 1));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => Math.max(0, a - 1));
            } else if (e.key === "Enter") {
              e.preventDefault();
              const c = matches[current];
              if (c) close(c.id);
            }
          }}
          inputProps={{
            role: "combobox",
            "aria-label": t("palette.inputLabel"),
            "aria-expanded": true,
            "aria-controls": "palette-list",
            "aria-activedescendant": matches[current] ? `palette-${current}` : undefined,
            "aria-autocomplete": "list",
          }}
        />
      </Box>
      <List id="palette-list" role="listbox" aria-label={t("palette.commands")} dense sx={{ maxHeight: "50vh", overflow: "auto" }}>
        {matches.map((c, i) => (
          <ListItemButton
            key={c.id}
            id={`palette-${i}`}
            role="option"
            aria-selected={i === current}
            selected={i === current}
            tabIndex={-1}
            onMouseEnter={() => setActive(i)}
            onClick={() => close(c.id)}
          >
            <ListItemText primary={c.label} secondary={c.group} />
            {c.hotkey && (
              <Typography variant="body2" color="text.secondary" sx={{ ml: 2, ...hideOnTouch }}>
                {c.hotkey}
              </Typography>
            )}
          </ListItemButton>
        ))}
        {matches.length === 0 && (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {t("palette.none")}
          </Typography>
        )}
      </List>
    </Dialog>
  );
}
