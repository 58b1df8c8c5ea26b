// Mounted once by the app shell (which imports this module directly, see AppShell.tsx): renders
// the mini player (a lazy chunk) only while music is playing, so the shell's first load carries
// nothing of the player.
import { lazy, Suspense, useSyncExternalStore } from "react";
import { playerSlot } from "./slot";

const MiniPlayer = lazy(() => import("./MiniPlayer"));

export function MiniPlayerSlot() {
  const on = useSyncExternalStore(playerSlot.subscribe, playerSlot.get, () => false);
  return on ? (
    <Suspense fallback={null}>
      <MiniPlayer />
    </Suspense>
  ) : null;
}
