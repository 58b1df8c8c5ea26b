import { QueryCache, QueryClient, MutationCache } from "@tanstack/react-query";
import { isApiError, SESSION_LOST_CODES } from "../api/errors";

/** Application errors are answers, not outages: retrying them only delays the message. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error)) return false;
  return failureCount < 2;
}

export function createQueryClient(onSessionLost: () => void): QueryClient {
  const lost = (error: unknown) => {
    if (isApiError(error) && SESSION_LOST_CODES.has(error.code)) onSessionLost();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: lost }),
    mutationCache: new MutationCache({ onError: lost }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
