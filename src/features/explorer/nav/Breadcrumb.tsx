import { useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { Box, Button, IconButton, Link, Typography, useMediaQuery, useTheme } from "@mui/material";
import { LazyChip as Chip } from "../../../shared/ui/lazyParts";
import { Menu, MenuItem } from "../../../shared/ui/LazyMenu";
import ChevronIcon from "@mui/icons-material/NavigateNextOutlined";
import MoreIcon from "@mui/icons-material/MoreHoriz";
import DropDownIcon from "@mui/icons-material/ArrowDropDownOutlined";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import type { CrUri } from "../../../lib/uri";
import { conditionCount } from "../search/query";
import { useActions, useFolder, useItemUi } from "../ExplorerContext";
import { dragSession } from "../views/dnd";
import { explorerHref } from "./href";

interface Crumb {
  uri: CrUri;
  label: string;
}

/** Ancestors of the current folder, root first. */
function crumbsOf(uri: CrUri, rootName: string): Crumb[] {
  const base = uri.withoutSearch();
  const out: Crumb[] = [{ uri: base.root(), label: rootName }];
  base.segments.forEach((s, i) => out.push({ uri: base.root().join(...base.segments.slice(0, i + 1)), label: s }));
  return out;
}

/**
 * Where am I: ancestors as links (each one a drop target for moving items up), the middle ones
 * folded into a "…" menu when the path is long, and the current folder as the page heading.
 * The heading is a button for the folder's own menu, as in the official frontend.
 */
export function Breadcrumb() {
  const { t } = useTranslation("explorer");
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
  const actionsCtx = useActions();
  const folderCtx = useFolder();
  const itemCtx = useItemUi();
  const { uri } = folderCtx;
  const all = crumbsOf(uri, folderCtx.rootName);
  const current = uri.isSearch ? { uri, label: t("search.results") } : all.pop()!;
  const ancestors = all;
  const keep = phone ? 1 : 2;
  const hidden = ancestors.length > keep + 1 ? ancestors.slice(1, ancestors.length - keep) : [];
  const shown = hidden.length ? [ancestors[0]!, ...ancestors.slice(ancestors.length - keep)] : ancestors;
  const [overflow, setOverflow] = useState<HTMLElement | null>(null);
  const [dropOn, setDropOn] = useState<string | null>(null);
  const conditions = uri.isSearch ? conditionCount(uri) : 0;

  const dropProps = (target: CrUri) => ({
    onDragOver: (e: DragEvent) => {
      if (!dragSession.active() || !itemCtx.canDrag || target.fs !== "my") return;
      e.preventDefault();
      e.dataTransfer.dropEffect = e.ctrlKey || e.metaKey ? "copy" : "move";
      setDropOn(target.toString());
    },
    onDragLeave: () => setDropOn(null),
    onDrop: (e: DragEvent) => {
      setDropOn(null);
      if (!dragSession.active()) return;
      e.preventDefault();
      itemCtx.dropInto(target.toString(), e.ctrlKey || e.metaKey);
    },
  });

  return (
    <Box sx={{ display: "flex", alignItems: "center", minWidth: 0, flex: 1, gap: 0.5 }}>
      {ancestors.length > 0 && (
        <Box component="nav" aria-label={t("breadcrumb.label")} sx={{ minWidth: 0, display: "flex" }}>
          <Box component="ol" sx={{ display: "flex", alignItems: "center", listStyle: "none", m: 0, p: 0, minWidth: 0 }}>
            {shown.map((c, i) => (
              <Box component="li" key={c.uri.toString()} sx={{ display: "flex", alignItems: "center", minWidth: 0 }}>
                {i === 1 && hidden.length > 0 && (
                  <>
                    <IconButton
                      size="small"
                      aria-label={t("breadcrumb.hidden", { count: hidden.length })}
                      aria-haspopup="menu"
                      onClick={(e) => setOverflow(e.currentTarget)}
                    >
                      <MoreIcon fontSize="small" />
                    </IconButton>
                    <ChevronIcon fontSize="small" color="action" aria-hidden />
                  </>
                )}
                <Link
                  component={RouterLink}
                  to={explorerHref(c.uri)}
                  underline="hover"
                  color="text.secondary"
                  noWrap
                  {...dropProps(c.uri)}
                  sx={{
                    px: 0.75,
                    py: 0.5,
                    borderRadius: 1,
                    maxWidth: { xs: 120, md: 220 },
                    display: "block",
                    outline: dropOn === c.uri.toString() ? "2px dashed" : "none",
                    outlineColor: "primary.main",
                  }}
                >
                  <bdi>{c.label}</bdi>
                </Link>
                <ChevronIcon fontSize="small" color="action" aria-hidden />
              </Box>
            ))}
          </Box>
          <Menu anchorEl={overflow} open={Boolean(overflow)} onClose={() => setOverflow(null)}>
            {hidden.map((c) => (
              <MenuItem key={c.uri.toString()} component={RouterLink} to={explorerHref(c.uri)} onClick={() => setOverflow(null)} {...dropProps(c.uri)}>
                <bdi>{c.label}</bdi>
              </MenuItem>
            ))}
          </Menu>
        </Box>
      )}
      <Typography component="h1" variant="h6" sx={{ minWidth: 0, display: "flex", alignItems: "center", fontSize: { xs: 17, sm: 20 } }}>
        <Button
          color="inherit"
          onClick={(e) => actionsCtx.openMenu(e.currentTarget, "folder")}
          endIcon={<DropDownIcon aria-hidden />}
          aria-haspopup="menu"
          sx={{ font: "inherit", minWidth: 0, px: 1, "& .MuiButton-endIcon": { ml: 0 } }}
        >
          <Box component="bdi" sx={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
            {current.label}
          </Box>
        </Button>
      </Typography>
      {uri.isSearch && (
        <Chip
          size="small"
          label={t("search.conditions", { count: conditions })}
          onClick={() => actionsCtx.ops.advancedSearch()}
          onDelete={() => actionsCtx.ops.goParent()}
          deleteIcon={<CloseIcon aria-label={t("search.clearSearch")} />}
          sx={{ flexShrink: 0 }}
        />
      )}
    </Box>
  );
}
