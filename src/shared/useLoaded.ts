// Code loaded on first use without React.lazy: React holds back revealing content that suspended
// for up to 300 ms after a fallback was shown, which code arriving in well under that would pay in
// full. A component using this draws its own placeholder until the code is there, then the code.
import { useEffect, useState } from "react";

/**
 * `loaded()` once `load()` has resolved, at once when it already had; undefined before. `key` names
 * what is loaded. A failed load is thrown to the nearest error boundary, as a failed lazy chunk is.
 */
export function useLoaded<T>(loaded: () => T | undefined, load: () => Promise<unknown>, key: unknown): T | undefined {
  const [, setArrived] = useState<unknown>(null);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    // Also when the code arrived between the render and now: that render showed the placeholder.
    let live = true;
    load().then(
      () => live && setArrived(key),
      (error: unknown) => live && setFailed({ error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one load per key
  }, [key]);
  if (failed) throw failed.error;
  return loaded();
}
