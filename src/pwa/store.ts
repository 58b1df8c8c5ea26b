/**
 * What the browser and the service worker offer the user, shared between the code that hears about
 * it (boot.ts early, register.ts once idle) and the controls that show it (PwaControls in the app
 * bar). Kept tiny: it loads with every page.
 */

/** The browser's install offer (Chromium's `beforeinstallprompt`; not in the DOM typings). */
export interface InstallOffer extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

export interface PwaState {
  /** Set while the browser offers to install the site as an app. */
  install: InstallOffer | null;
  /** Set while a new version of the app is ready: calling it switches to it and reloads the page. */
  update: (() => void) | null;
}

let state: PwaState = { install: null, update: null };
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
