import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { Themed } from "./theme/Themed";

// The snackbar loads with the first message, not with the page.
const ToastView = lazy(() => import("./ToastView"));

export interface Toast {
  message: string;
  severity?: "success" | "info" | "warning" | "error";
  action?: { label: string; run: () => void };
  /** Milliseconds; errors stay until dismissed. */
  duration?: number | null;
}

export interface Queued extends Toast {
  key: number;
}

const ToastContext = createContext<(t: Toast) => void>(() => {});

export function useToast() {
  return useContext(ToastContext);
}

let seq = 0;

/** One snackbar at a time, queued, announced politely (errors assertively) to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Queued[]>([]);
  const [open, setOpen] = useState(true);
  const push = useCallback((t: Toast) => {
    setQueue((q) => [...q, { ...t, key: ++seq }]);
    setOpen(true);
  }, []);
  const current = queue[0];
  const close = () => setOpen(false);
  const next = () => {
    setQueue((q) => q.slice(1));
    setOpen(true);
  };
  const value = useMemo(() => push, [push]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      {current && (
        <Themed>
          <Suspense fallback={null}>
            <ToastView key={current.key} toast={current} open={open} onClose={close} onExited={next} />
          </Suspense>
        </Themed>
      )}
    </ToastContext.Provider>
  );
}
