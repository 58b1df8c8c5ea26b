import { useEffect, useRef, type ReactNode } from "react";
import { usePageTitle } from "../../shared/usePageTitle";

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
    <div ref={root} className="lt-phase" data-back={direction === "back" || undefined}>
      <h1 ref={heading} className="lt-h1" tabIndex={-1} data-described={description ? true : undefined}>
        {title}
      </h1>
      {description && <p className="lt-desc">{description}</p>}
      {children}
    </div>
  );
}
