import { useState, useSyncExternalStore, type Ref } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Box, IconButton, InputBase, Tooltip } from "@mui/material";
import SearchIcon from "@mui/icons-material/SearchOutlined";
import AdvancedIcon from "@mui/icons-material/ManageSearchOutlined";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import { sessionStore } from "../../../api/session";
import type { CrUri } from "../../../lib/uri";
import { explorerHref } from "../nav/href";
import { quickSearchUri, recentSearches } from "./query";

/**
 * The quick search box: Enter searches the current folder (by name, any case). Recent searches
 * are offered through a native datalist, which screen readers and phones already understand.
 */
export function SearchBox({
  uri,
  inputRef,
  onAdvanced,
  placeholder,
}: {
  uri: CrUri;
  inputRef: Ref<HTMLInputElement>;
  onAdvanced: () => void;
  placeholder: string;
}) {
  const { t } = useTranslation("explorer");
  const navigate = useNavigate();
  useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  const recent = recentSearches.list();
  const [text, setText] = useState("");
  const submit = () => {
    const target = quickSearchUri(uri, text);
    if (!target) return;
    recentSearches.add(text);
    navigate(explorerHref(target));
  };
  return (
    <Box
      component="form"
      role="search"
      aria-label={t("search.label")}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      sx={{ display: "flex", alignItems: "center", gap: 0.5, px: 1, borderRadius: 6, bgcolor: "action.hover", minWidth: 0, flex: 1, maxWidth: 420, height: 40 }}
    >
      <SearchIcon fontSize="small" color="action" aria-hidden />
      <InputBase
        inputRef={inputRef}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            setText("");
            (e.target as HTMLInputElement).blur();
          }
        }}
        placeholder={placeholder}
        // A plain text field: type="search" brings the browser's own clear button, beside ours.
        // The form's search role and the keyboard's search key (enterKeyHint) say what it is for.
        inputProps={{ "aria-label": t("search.inputLabel"), list: "explorer-recent-searches", enterKeyHint: "search", type: "text" }}
        sx={{ flex: 1, minWidth: 0, fontSize: 14 }}
      />
      <datalist id="explorer-recent-searches">
        {recent.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {text && (
        <IconButton size="small" aria-label={t("search.clear")} onClick={() => setText("")}>
          <CloseIcon fontSize="small" />
        </IconButton>
      )}
      <Tooltip title={t("actions.advancedSearch")}>
        <IconButton size="small" aria-label={t("actions.advancedSearch")} onClick={onAdvanced}>
          <AdvancedIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Box>
  );
}
