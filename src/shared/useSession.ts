import { useSyncExternalStore } from "react";
import { sessionStore } from "../api/session";

export function useSessionState() {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
}

/** The signed-in account, or undefined for an anonymous visitor. */
export function useCurrentSession() {
  useSessionState();
  return sessionStore.current();
}
