import { useSyncExternalStore } from "react";

/** Whether a CSS media query matches now, following changes (no MUI needed on pages drawn without it). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => matchMedia(query).matches,
  );
}
