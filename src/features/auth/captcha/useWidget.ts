import { useEffect, useRef, useState } from "react";

export type WidgetStatus = "loading" | "ready" | "failed";

/**
 * Runs a vendor widget inside a container: `mount` loads the script, renders into a fresh child
 * element and returns a cleanup. Each (re)mount — first render, retry, new challenge after a failed
 * submit — gets a new child, so vendor state never leaks between attempts.
 */
export function useWidget(mount: (host: HTMLElement) => Promise<() => void>, deps: unknown[]) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<WidgetStatus>("loading");
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const parent = container.current;
    if (!parent) return;
    let cancelled = false;
    let cleanup: (() => void) | undefined;
    const host = document.createElement("div");
    parent.appendChild(host);
    mount(host).then(
      (dispose) => {
        if (cancelled) return dispose();
        cleanup = dispose;
        setStatus("ready");
      },
      () => !cancelled && setStatus("failed"),
    );
    return () => {
      cancelled = true;
      cleanup?.();
      host.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what should re-mount the widget
  }, [attempt, ...deps]);
  const retry = () => {
    setStatus("loading");
    setAttempt((a) => a + 1);
  };
  return { container, status, retry };
}
