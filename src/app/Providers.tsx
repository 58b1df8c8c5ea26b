import type { ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { ToastProvider } from "../shared/toast";
import { ServerGuard } from "../features/compat/ServerGuard";

/** What every page needs. MUI's theme is not here: it comes with the pages that use MUI (Themed.tsx). */
export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ServerGuard>
        <ToastProvider>{children}</ToastProvider>
      </ServerGuard>
    </QueryClientProvider>
  );
}
