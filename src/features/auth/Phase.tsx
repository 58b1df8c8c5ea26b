import { useEffect, useRef, type ReactNode } from "react";
import { keyframes } from "@emotion/react";
import { Box, Typography } from "@mui/material";
import { usePageTitle } from "../../shared/usePageTitle";

const slide = (from: string) => keyframes`
  from { opacity: 0; transform: translateX(${from}); }
  to { opacity: 1; transform: none; }
`;
const forward = slide("24px");
const back = slide("-24px");

// Fields that can take the cursor; the hidden username input for password managers is skipped.
const FOCUSABLE = "input:not([type=hidden]):not([hidden]):not([disabled]):not([readonly])";

export type Direction = "forward" | "back";

/**
 * One step of an auth flow: its own heading, page title, a short slide-and-fade entrance (none when
 * the user prefers reduced motion), and focus moved to the step's first field — or to its heading
 * when it has none — so keyboard and screen-reader users continue where the new content starts.
 */
export function Phase({
  title,
  description,
  direction = "forward",
  children,
}: {
  title: string;
  description?: ReactNode;
  direction?: Direction;
  children: ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => {
    const target = root.current?.querySelector<HTMLElement>(FOCUSABLE) ?? heading.current;
    target?.focus({ preventScroll: false });
  }, []);
  return (
    <Box
      ref={root}
      sx={{
        animation: `${direction === "forward" ? forward : back} 200ms ease-out`,
        "@media (prefers-reduced-motion: reduce)": { animation: "none" },
      }}
    >
      <Typography ref={heading} variant="h5" component="h1" tabIndex={-1} sx={{ fontWeight: 600, outline: "none", mb: description ? 1 : 2 }}>
        {title}
      </Typography>
      {description && (
        <Typography color="text.secondary" sx={{ mb: 2, overflowWrap: "anywhere" }}>
          {description}
        </Typography>
      )}
      {children}
    </Box>
  );
}
