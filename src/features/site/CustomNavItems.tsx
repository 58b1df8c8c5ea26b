import { useTranslation } from "react-i18next";
import { ListItemButton, ListItemIcon, ListItemText } from "@mui/material";
import LinkIcon from "@mui/icons-material/LinkOutlined";
import OpenInNewIcon from "@mui/icons-material/OpenInNewOutlined";
import { safeUrl } from "./safeHtml";
import { useBasicSiteConfig } from "./siteConfig";

/** The admin's extra navigation links (newer servers' `custom_nav_items`), as list items. */
export function CustomNavItems({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const items = useBasicSiteConfig()?.custom_nav_items ?? [];
  return items.map((item, i) => {
    const href = safeUrl(item.url, location.href);
    if (!href || !item.name.trim()) return null;
    const external = new URL(href).origin !== location.origin;
    return (
      <li key={`${i}-${item.url}`}>
        <ListItemButton
          component="a"
          href={href}
          onClick={onNavigate}
          {...(external ? { target: "_blank", rel: "noopener noreferrer", "aria-label": t("nav.external", { name: item.name }) } : {})}
          sx={{ borderRadius: 6, mx: 1 }}
        >
          <ListItemIcon sx={{ minWidth: 40 }} aria-hidden>
            <LinkIcon />
          </ListItemIcon>
          <ListItemText primary={<bdi>{item.name}</bdi>} />
          {external && <OpenInNewIcon fontSize="small" color="action" aria-hidden />}
        </ListItemButton>
      </li>
    );
  });
}
