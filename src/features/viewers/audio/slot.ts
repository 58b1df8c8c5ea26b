// Whether the music player has something to play, for the app shell: it mounts the mini player
// (a lazy chunk) only once music started, so the first load of any page carries none of it.
let active = false;
const listeners = new Set<() => void>();

export const playerSlot = {
  get: () => active,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  set(value: boolean) {
    if (value === active) return;
    active = value;
    listeners.forEach((l) => l());
  },
};
