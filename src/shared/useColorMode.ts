import { useMediaQuery } from "./useMediaQuery";
import { sessionStore } from "../api/session";
import { useSessionState } from "./useSession";

export type DarkPreference = boolean | undefined;
/** Same setting key as the official frontend: true/false, or absent to follow the system. */
const KEY = "preferred_dark_mode";

export function useColorMode() {
  useSessionState();
  const systemDark = useMediaQuery("(prefers-color-scheme: dark)");
  const raw = sessionStore.settings()[KEY];
  const preference: DarkPreference = typeof raw === "boolean" ? raw : undefined;
  return {
    preference,
    dark: preference ?? systemDark,
    setPreference: (p: DarkPreference) => sessionStore.setSetting(KEY, p),
  };
}
