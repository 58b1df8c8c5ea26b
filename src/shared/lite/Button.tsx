import type { ButtonHTMLAttributes, ReactNode } from "react";
import { LiteSpinner } from "./Spinner";

export interface LiteButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: "text" | "outlined" | "contained";
  size?: "small" | "medium" | "large";
  fullWidth?: boolean;
  /** Busy: disabled, its text kept for its name but hidden behind a spinner. */
  loading?: boolean;
  startIcon?: ReactNode;
  /** The surrounding text colour instead of the primary colour. */
  inherit?: boolean;
}

/** A button styled like MUI's (text, outlined or contained), without MUI. */
export function LiteButton({ variant = "text", size, fullWidth, loading, startIcon, inherit, className, children, disabled, type, ...rest }: LiteButtonProps) {
  return (
    <button
      {...rest}
      type={type ?? "button"}
      disabled={disabled || loading}
      className={className ? `lt-btn ${className}` : "lt-btn"}
      data-variant={variant}
      data-size={size}
      data-full={fullWidth || undefined}
      data-loading={loading || undefined}
      data-inherit={inherit || undefined}
    >
      {startIcon && <span style={{ display: "inline-flex" }}>{startIcon}</span>}
      <span>{children}</span>
      {loading && <LiteSpinner />}
    </button>
  );
}

/** The look of a contained button on a link (e.g. to the sign-up page). */
export const liteButtonLook = (variant: LiteButtonProps["variant"] = "contained", size: LiteButtonProps["size"] = "large") => ({
  className: "lt-btn",
  "data-variant": variant,
  "data-size": size,
  "data-full": true,
});
