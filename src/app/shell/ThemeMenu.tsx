import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IconButton, ListItemIcon, ListItemText, Tooltip } from "@mui/material";
import { Menu, MenuItem } from "../../shared/ui/LazyMenu";
import DarkIcon from "@mui/icons-material/DarkModeOutlined";
import LightIcon from "@mui/icons-material/LightModeOutlined";
import AutoIcon from "@mui/icons-material/BrightnessAutoOutlined";
import CheckIcon from "@mui/icons-material/Check";
import { useColorMode, type DarkPreference } from "../../shared/useColorMode";

const OPTIONS: { value: DarkPreference; key: string; icon: React.ReactElement }[] = [
  { value: false, key: "theme.light", icon: <LightIcon /> },
  { value: true, key: "theme.dark", icon: <DarkIcon /> },
  { value: undefined, key: "theme.system", icon: <AutoIcon /> },
];

/** Light / dark / follow-the-system, remembered per account like the official frontend. */
export function ThemeMenu() {
  const { t } = useTranslation();
  const { preference, dark, setPreference } = useColorMode();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const label = t("theme.label");
  return (
    <>
      <Tooltip title={label}>
        <IconButton aria-label={label} aria-haspopup="menu" aria-expanded={Boolean(anchor)} onClick={(e) => setAnchor(e.currentTarget)}>
          {preference === undefined ? <AutoIcon /> : dark ? <DarkIcon /> : <LightIcon />}
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {OPTIONS.map((o) => (
          <MenuItem
            key={o.key}
            role="menuitemradio"
            aria-checked={preference === o.value}
            selected={preference === o.value}
            onClick={() => {
              setPreference(o.value);
              setAnchor(null);
            }}
          >
            <ListItemIcon aria-hidden>{o.icon}</ListItemIcon>
            <ListItemText>{t(o.key)}</ListItemText>
            {preference === o.value && <CheckIcon fontSize="small" aria-hidden sx={{ ml: 2 }} />}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
