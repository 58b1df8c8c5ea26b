import { useEffect } from "react";
import { useLocation, useNavigate } from "react-router";

/**
 * Coming back up (Backspace) or from "show in folder": the navigation names the item to focus
 * (`state.focusKey`); once it is loaded, focus it and forget the state.
 */
export function useNavFocus(indexOfKey: ReadonlyMap<string, number>, focusOnly: (key: string, index: number) => void) {
  const navigate = useNavigate();
  const location = useLocation();
  const focusKeyFromNav = (location.state as { focusKey?: string } | null)?.focusKey;
  useEffect(() => {
    if (!focusKeyFromNav) return;
    const i = indexOfKey.get(focusKeyFromNav);
    if (i === undefined) return;
    focusOnly(focusKeyFromNav, i);
    navigate(location.pathname + location.search, { replace: true, state: null });
  }, [focusKeyFromNav, indexOfKey, focusOnly, navigate, location.pathname, location.search]);
}
