import { useState } from "react";
import type { MenuProps } from "@mui/material/Menu";
import type MuiMenuItem from "@mui/material/MenuItem";
import { lazyComponent } from "./lazyComponent";

// MUI's Menu brings a popover, a modal with its focus trap and a roving-focus list, its items a
// few more kilobytes: nothing a page needs before a menu first opens.
const LazyMenuItem = lazyComponent(() => import("@mui/material/MenuItem"));
// The items' code arrives with the menu's, so they are there when the menu focuses its first one.
const RealMenu = lazyComponent<MenuProps>(() => Promise.all([import("@mui/material/Menu"), LazyMenuItem.load()]).then(([menu]) => menu));
export const loadMenu = RealMenu.load;

/** MUI's `MenuItem`, downloaded with the menu: for items inside this module's `Menu` only. */
export const MenuItem = LazyMenuItem as unknown as typeof MuiMenuItem;

/**
 * A drop-in for MUI's `Menu` that downloads it the first time the menu opens (or earlier, when a
 * page calls `loadMenu` once idle). A closed MUI menu renders nothing, and so does this one until
 * it has been opened; from then on the real menu stays mounted so it can play its closing transition.
 */
export function Menu(props: MenuProps) {
  const [wanted, setWanted] = useState(props.open || Boolean(props.keepMounted));
  if ((props.open || props.keepMounted) && !wanted) setWanted(true);
  return wanted ? <RealMenu {...props} /> : null;
}
