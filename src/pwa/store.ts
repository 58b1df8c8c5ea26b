/**
 * What the browser offers (installation, heard early by boot.ts) and the way to tell the user about
 * a new version (the app's toast, handed over by PwaControls while the app bar is mounted), shared
 * with the code loaded later. Kept tiny: it loads with every page.
 */
import type { Toast } from "../shared/toast";

/** The browser's install offer (Chromium's `beforeinstallprompt`; not in the DOM typings). */
export interface InstallOffer extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

export interface PwaState {
  /** Set while the browser offers to install the site as an app. */
  install: InstallOffer | null;
  /** The app's toast, while a page with the app bar is open. */
  notify: ((toast: Toast) => void) | null;
}

let state: PwaState = { install: null, notify: null };
const listeners = new Set<() => void>();

export const pwaStore = {
  get: (): PwaState => state,
  set(patch: Partial<PwaState>): void {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
