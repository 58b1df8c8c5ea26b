/** The localStorage switch that turns the diagnostics handle on (tests set it before the app loads). */
export const DIAGNOSTICS_KEY = "cloudreve_diagnostics";

/**
 * Puts `handle` on `window.__cloudreve` only when this browser opted in, so a production page
 * carries no global client by default, while tests (and a support session) can drive the same
 * client the UI uses.
 */
export function exposeDiagnostics(handle: Record<string, unknown>): void {
  try {
    if (localStorage.getItem(DIAGNOSTICS_KEY) !== "1") return;
  } catch {
    return;
  }
  const w = window as unknown as { __cloudreve?: Record<string, unknown> };
  w.__cloudreve = { ...w.__cloudreve, ...handle };
}
