// An icon button of a viewer's own toolbar (PDF, EPUB): named by its label, which is also its
// tooltip; the tooltip still shows while the button is disabled (hence the span).
import type { ReactNode } from "react";
import { IconButton, Tooltip } from "@mui/material";

export function ToolButton(props: { label: string; icon: ReactNode; onClick: () => void; disabled?: boolean; keys?: string; placement?: "left" | "right" }) {
  return (
    <Tooltip title={props.label} placement={props.placement}>
      <span>
        <IconButton color="inherit" aria-label={props.label} onClick={props.onClick} disabled={props.disabled} aria-keyshortcuts={props.keys}>
          {props.icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}
