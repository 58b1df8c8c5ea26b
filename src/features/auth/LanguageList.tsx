import { useTranslation } from "react-i18next";
import { ListItemText, Menu, MenuItem } from "@mui/material";
import CheckIcon from "@mui/icons-material/Check";
import { LANGUAGES } from "../../i18n";

export default function LanguageList({ anchor, current, onClose }: { anchor: HTMLElement; current: string; onClose: () => void }) {
  const { i18n } = useTranslation();
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      {LANGUAGES.map((l) => (
        <MenuItem
          key={l.code}
          lang={l.code}
          role="menuitemradio"
          aria-checked={l.code === current}
          selected={l.code === current}
          onClick={() => {
            onClose();
            void i18n.changeLanguage(l.code);
          }}
        >
          <ListItemText>{l.label}</ListItemText>
          {l.code === current && <CheckIcon fontSize="small" aria-hidden sx={{ ml: 2 }} />}
        </MenuItem>
      ))}
    </Menu>
  );
}
