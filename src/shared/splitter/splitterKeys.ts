// Keyboard and pointer rules of a resizable edge (a WAI-ARIA window splitter), shared by the
// navigation drawer's edge and the file list's column edges.

export interface SplitterRules {
  /** +1 when moving the edge right (pointer or →) makes the value bigger, −1 when it makes it smaller. */
  direction: 1 | -1;
  /** Change per arrow key press. */
  step: number;
  /** Change per arrow key press with Shift held; `step` when not given. */
  bigStep?: number;
  /** Home and End go to these. */
  min: number;
  max: number;
  /** Enter goes back to this, when given. */
  reset?: number;
}

/** The value a key asks for from `current` (not yet clamped), or null for keys the splitter leaves alone. */
export function splitterKeyValue(key: string, shift: boolean, current: number, rules: SplitterRules): number | null {
  const step = shift ? (rules.bigStep ?? rules.step) : rules.step;
  switch (key) {
    case "ArrowRight":
      return current + rules.direction * step;
    case "ArrowLeft":
      return current - rules.direction * step;
    case "Home":
      return rules.min;
    case "End":
      return rules.max;
    case "Enter":
      return rules.reset ?? null;
    default:
      return null;
  }
}

/** The value while dragging: the edge follows the pointer from where the drag started. */
export function splitterDragValue(start: number, startX: number, x: number, direction: 1 | -1): number {
  return start + direction * (x - startX);
}
