import { useSyncExternalStore } from "react";
import { player, type PlayerState } from "./player";

/** The music player's state, re-rendering on every change (time updates included). */
export function usePlayer(): PlayerState {
  return useSyncExternalStore(player.subscribe, player.getSnapshot);
}
