import { useEffect } from "react";
import type { Virtualizer } from "@tanstack/react-virtual";
import { useSelectionState } from "../ExplorerContext";

/**
 * Keyboard focus on a virtualized view: scroll the active item's row into view, then focus the
 * element once it is rendered. `pendingFocus` is set by focus.setActive(i, {focus: true}).
 */
export function useFocusActive(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  rowOf: (index: number) => number,
  container: HTMLElement | null,
  pendingFocusRef: { current: boolean },
) {
  const { focus } = useSelectionState();
  const index = focus.activeIndex;
  useEffect(() => {
    if (!pendingFocusRef.current || index < 0 || !container) return;
    pendingFocusRef.current = false;
    const el = container.querySelector<HTMLElement>(`[data-index="${index}"]`);
    const inView =
      el &&
      el.getBoundingClientRect().top >= container.getBoundingClientRect().top + 40 &&
      el.getBoundingClientRect().bottom <= container.getBoundingClientRect().bottom;
    if (!inView) virtualizer.scrollToIndex(rowOf(index), { align: "auto" });
    let tries = 0;
    const attempt = () => {
      const target = container.querySelector<HTMLElement>(`[data-index="${index}"]`);
      if (target) target.focus({ preventScroll: Boolean(inView) });
      else if (tries++ < 10) requestAnimationFrame(attempt);
    };
    attempt();
  });
}
