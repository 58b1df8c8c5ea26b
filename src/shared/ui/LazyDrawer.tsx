import { useState } from "react";
import type { DrawerProps } from "@mui/material/Drawer";
import { lazyComponent } from "./lazyComponent";

// A temporary drawer is a modal (focus trap, backdrop, slide transition): loaded when first opened.
const RealDrawer = lazyComponent<DrawerProps>(() => import("@mui/material/Drawer"));
export const loadDrawer = RealDrawer.load;

/**
 * A drop-in for MUI's temporary `Drawer` that downloads it the first time it opens. Until then it
 * renders nothing, as a closed temporary drawer does; afterwards the real drawer stays mounted so
 * it can slide away. Not for permanent drawers, which are on screen from the start.
 */
export function Drawer(props: DrawerProps) {
  const [wanted, setWanted] = useState(Boolean(props.open));
  if (props.open && !wanted) setWanted(true);
  return wanted ? <RealDrawer {...props} /> : null;
}
