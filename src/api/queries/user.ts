import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../client";

export const userKeys = {
  all: ["user"] as const,
  me: () => ["user", "me"] as const,
  capacity: () => ["user", "capacity"] as const,
  settings: () => ["user", "settings"] as const,
  // Not under settings(): re-reading the settings must not replace a secret being set up.
  twoFactorSecret: () => ["user", "twoFactorSecret"] as const,
};

export const userQueries = {
  me: () => queryOptions({ queryKey: userKeys.me(), queryFn: () => unwrap(api.GET("/user/me")) }),
  capacity: () => queryOptions({ queryKey: userKeys.capacity(), queryFn: () => unwrap(api.GET("/user/capacity")) }),
  settings: () => queryOptions({ queryKey: userKeys.settings(), queryFn: () => unwrap(api.GET("/user/setting")) }),
  /** A new 2FA secret for enabling it (the server keeps it ten minutes): asked for on every mount, never kept. */
  twoFactorSecret: () =>
    queryOptions({
      queryKey: userKeys.twoFactorSecret(),
      queryFn: async () => String(await unwrap(api.GET("/user/setting/2fa"))),
      staleTime: Infinity,
      gcTime: 0,
      refetchOnMount: "always",
      retry: false,
    }),
};

/**
 * Replaces the avatar with these image bytes (sent raw: the Content-Type picks the server's
 * decoder), or switches to Gravatar when `image` is null (an empty body). Contract §5.4.4.
 */
export const setAvatar = (image: Blob | null) =>
  unwrap(
    api.PUT("/user/setting/avatar", {
      body: (image ?? new Blob([])) as never,
      bodySerializer: (b: unknown) => b as Blob,
      headers: { "Content-Type": image?.type || "application/octet-stream" },
    }),
  );
