import { useState } from "react";
import type { PopperProps } from "@mui/material/Popper";
import { lazyComponent } from "./lazyComponent";

// Popper.js and MUI's wrapper around it: needed only while a tooltip is showing.
const RealPopper = lazyComponent<PopperProps>(() => import("@mui/material/Popper"));
export const loadPopper = RealPopper.load;

/**
 * Stands in for MUI's Popper inside its Tooltip (see `leanMui` in vite.config.ts): a closed
 * popper renders nothing, so the positioning engine is downloaded when a tooltip first opens, or
 * earlier when a page calls `loadPopper` once idle. After that the real popper stays mounted so
 * the tooltip can fade out.
 */
export default function LazyPopper(props: PopperProps) {
  const [wanted, setWanted] = useState(Boolean(props.open || props.keepMounted));
  if ((props.open || props.keepMounted) && !wanted) setWanted(true);
  return wanted ? <RealPopper {...props} /> : null;
}
