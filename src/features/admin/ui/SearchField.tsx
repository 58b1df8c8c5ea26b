import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, TextField } from "@mui/material";
import ClearIcon from "@mui/icons-material/Clear";
import SearchIcon from "@mui/icons-material/Search";

/** A search box that waits for a pause in typing before it changes the list (and the URL). */
export function SearchField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation("admin");
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL is the truth: back/forward or a cleared filter updates the box.
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text.trim()), 350);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <TextField
      size="small"
      label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter") onChange(text.trim());
      }}
      sx={{ minWidth: 220 }}
      slotProps={{
        input: {
          // Plain boxes rather than InputAdornment, which stays in the sign-in form's chunk alone.
          startAdornment: (
            <Box component="span" sx={{ display: "flex", mr: 1, color: "action.active" }} aria-hidden>
              <SearchIcon fontSize="small" />
            </Box>
          ),
          endAdornment: text ? (
            <IconButton size="small" edge="end" aria-label={t("list.clearSearch")} onClick={() => onChange("")}>
              <ClearIcon fontSize="small" />
            </IconButton>
          ) : undefined,
        },
      }}
    />
  );
}
