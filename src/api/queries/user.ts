import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../client";

export const userKeys = {
  all: ["user"] as const,
  me: () => ["user", "me"] as const,
  capacity: () => ["user", "capacity"] as const,
  settings: () => ["user", "settings"] as const,
};

export const userQueries = {
  me: () => queryOptions({ queryKey: userKeys.me(), queryFn: () => unwrap(api.GET("/user/me")) }),
  capacity: () => queryOptions({ queryKey: userKeys.capacity(), queryFn: () => unwrap(api.GET("/user/capacity")) }),
  settings: () => queryOptions({ queryKey: userKeys.settings(), queryFn: () => unwrap(api.GET("/user/setting")) }),
};
