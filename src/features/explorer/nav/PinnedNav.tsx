import { useTranslation } from "react-i18next";
import { Link as RouterLink, useLocation } from "react-router";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { IconButton, List, ListItem, ListItemButton, ListItemIcon, ListItemText, ListSubheader, Tooltip } from "@mui/material";
import PinIcon from "@mui/icons-material/PushPinOutlined";
import CloseIcon from "@mui/icons-material/CloseOutlined";
import { siteKeys, siteQueries } from "../../../api/queries/site";
import { describeError } from "../../../api/errors";
import { useToast } from "../../../shared/toast";
import { tryParseUri } from "../../../lib/uri";
import { fileApi } from "../ops/api";
import { explorerHref } from "./href";
import { dropHighlight, useDrawerDrop } from "./drawerDrop";

/** A pin's link; a pinned folder of My files also takes items dragged from the explorer. */
function PinLink({ uri, name, active, onNavigate }: { uri: string; name: string; active: boolean; onNavigate?: () => void }) {
  const { over, dropProps } = useDrawerDrop({ kind: "folder", uri });
  return (
    <ListItemButton
      component={RouterLink}
      to={explorerHref(uri)}
      selected={active}
      aria-current={active ? "page" : undefined}
      onClick={onNavigate}
      {...dropProps}
      sx={{ borderRadius: 6, mx: 1, ...dropHighlight(over) }}
    >
      <ListItemIcon sx={{ minWidth: 40 }} aria-hidden>
        <PinIcon />
      </ListItemIcon>
      <ListItemText primary={<bdi>{name}</bdi>} slotProps={{ primary: { noWrap: true } }} />
    </ListItemButton>
  );
}

/** The user's pinned folders and searches (`user.pined`) in the navigation drawer, each removable. */
export function PinnedNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation("explorer");
  const { data: site } = useQuery(siteQueries.config("basic"));
  const qc = useQueryClient();
  const toast = useToast();
  const location = useLocation();
  const here = new URLSearchParams(location.search).get("path");
  const pins = (site?.user?.pined ?? []).filter((p) => tryParseUri(p.uri));
  if (pins.length === 0) return null;
  const unpin = async (uri: string) => {
    try {
      await fileApi.unpin(uri);
      await qc.invalidateQueries({ queryKey: siteKeys.config("basic") });
    } catch (e) {
      toast({ severity: "error", message: describeError(e, t) });
    }
  };
  return (
    <List
      dense
      aria-labelledby="pinned-heading"
      subheader={
        <ListSubheader id="pinned-heading" sx={{ lineHeight: "32px", bgcolor: "transparent" }}>
          {t("pins.title")}
        </ListSubheader>
      }
    >
      {pins.map((p) => {
        const name = p.name || tryParseUri(p.uri)?.name || p.uri;
        const active = here === p.uri;
        return (
          <ListItem
            key={p.uri}
            disablePadding
            secondaryAction={
              <Tooltip title={t("pins.unpin")}>
                <IconButton edge="end" size="small" aria-label={t("pins.unpinName", { name })} onClick={() => void unpin(p.uri)}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            }
          >
            <PinLink uri={p.uri} name={name} active={active} onNavigate={onNavigate} />
          </ListItem>
        );
      })}
    </List>
  );
}
