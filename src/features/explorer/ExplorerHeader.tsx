import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { Box } from "@mui/material";
import { useFolder } from "./ExplorerContext";
import { Breadcrumb } from "./nav/Breadcrumb";
import { SearchBox } from "./search/SearchBox";
import { searchBase } from "./search/query";

/** Where we are (the breadcrumb) and the search box. */
export function ExplorerHeader({ searchRef, onAdvanced }: { searchRef: RefObject<HTMLInputElement | null>; onAdvanced: () => void }) {
  const { t } = useTranslation("explorer");
  const { uri, rootName, listing } = useFolder();
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, px: { xs: 1, sm: 2 }, pt: 1, flexWrap: { xs: "wrap", sm: "nowrap" } }}>
      <Breadcrumb />
      {/* A single shared file has nothing to search. */}
      {!listing.head?.single_file_view && (
        <Box sx={{ display: "flex", flex: { xs: "1 1 100%", sm: "0 1 360px" }, justifyContent: "flex-end", minWidth: 0 }}>
          <SearchBox
            key={uri.toString()}
            uri={uri}
            inputRef={searchRef}
            onAdvanced={onAdvanced}
            placeholder={t("search.placeholder", { place: searchBase(uri).name || rootName })}
          />
        </Box>
      )}
    </Box>
  );
}
