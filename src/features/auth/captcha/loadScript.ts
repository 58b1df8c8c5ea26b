/**
 * Injects a third-party script once and reports success, failure or a timeout. Captcha vendors are
 * loaded only when the site picked them, and an offline machine or a blocked CDN must end in a
 * clear message with a retry, never in a spinner that turns forever.
 */
const loaded = new Map<string, Promise<void>>();

export const SCRIPT_TIMEOUT_MS = 15_000;

export class ScriptLoadError extends Error {
  override name = "ScriptLoadError";
}

export function loadScript(src: string, timeoutMs = SCRIPT_TIMEOUT_MS): Promise<void> {
  const cached = loaded.get(src);
  if (cached) return cached;
  const pending = new Promise<void>((resolve, reject) => {
    const el = document.createElement("script");
    const fail = (why: string) => {
      clearTimeout(timer);
      // Forget the failed attempt so "Try again" injects a fresh tag.
      el.remove();
      loaded.delete(src);
      reject(new ScriptLoadError(`${why}: ${src}`));
    };
    const timer = setTimeout(() => fail("timeout"), timeoutMs);
    el.src = src;
    el.async = true;
    el.onload = () => {
      clearTimeout(timer);
      resolve();
    };
    el.onerror = () => fail("error");
    document.head.appendChild(el);
  });
  loaded.set(src, pending);
  return pending;
}

/** Waits until a vendor global is usable (some scripts load a second stage after `onload`). */
export function waitFor<T>(get: () => T | undefined, timeoutMs = SCRIPT_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const value = get();
      if (value !== undefined) return resolve(value);
      if (Date.now() - started > timeoutMs) return reject(new ScriptLoadError("not ready"));
      setTimeout(tick, 50);
    };
    tick();
  });
}
