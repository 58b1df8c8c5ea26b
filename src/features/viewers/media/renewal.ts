// Signed URLs expire (`expires`, an hour by default; docs/server-behaviour.md, "Signed URLs of
// media"). A film or an album can play longer than that, and a seek or a reconnect after expiry
// would fail; so shortly before `expires` the player fetches a new URL and swaps it in, keeping the
// position and the paused state.
// Timers go through the page's clock, which the end-to-end tests drive.

/** How long before `expires` a new URL is fetched. */
export const RENEW_MARGIN_MS = 90_000;
/** A URL that is already (nearly) expired is renewed after this pause instead of in a tight loop. */
const MIN_DELAY_MS = 5_000;

/** Milliseconds until the URL should be renewed, or null when it never expires. Pure. */
export function renewDelay(expires: string | null | undefined, now: number, margin = RENEW_MARGIN_MS): number | null {
  if (!expires) return null;
  const at = Date.parse(expires);
  if (Number.isNaN(at)) return null;
  return Math.max(MIN_DELAY_MS, at - now - margin);
}

/**
 * Calls `renew` shortly before each expiry, for as long as it keeps answering with new expiries.
 * Returns a function that stops it.
 */
export function keepFresh(first: string | null | undefined, renew: () => Promise<string | null | undefined>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const plan = (expires: string | null | undefined) => {
    const delay = renewDelay(expires, Date.now());
    if (delay === null || stopped) return;
    timer = setTimeout(() => {
      renew().then(plan, () => plan(new Date(Date.now() + RENEW_MARGIN_MS + MIN_DELAY_MS).toISOString()));
    }, delay);
  };
  plan(first);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * Points a media element at a new URL of the same bytes without the user noticing: the position,
 * the speed and playing/paused carry over. Resolves once the new source is in place.
 */
export function swapSource(el: HTMLMediaElement, url: string): Promise<void> {
  const time = el.currentTime;
  const paused = el.paused;
  const rate = el.playbackRate;
  return new Promise<void>((resolve) => {
    const done = () => {
      el.removeEventListener("loadedmetadata", done);
      el.removeEventListener("error", done);
      el.currentTime = time;
      el.playbackRate = rate;
      // pause() also cancels the autoplay a new source would start on an element marked autoplay.
      if (paused) el.pause();
      else void el.play().catch(() => undefined);
      resolve();
    };
    el.addEventListener("loadedmetadata", done);
    el.addEventListener("error", done);
    el.src = url;
  });
}
