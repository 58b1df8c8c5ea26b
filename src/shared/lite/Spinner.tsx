/** MUI's indeterminate circular progress, as plain SVG. With a label it is a named progress bar. */
export function LiteSpinner({ label, className = "lt-spinner" }: { label?: string; className?: string }) {
  return (
    <svg viewBox="22 22 44 44" className={className} role={label ? "progressbar" : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      <circle cx="44" cy="44" r="20.2" />
    </svg>
  );
}
