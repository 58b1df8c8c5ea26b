// Renders a component the way the app does: the app's providers (theme, direction, toasts, the
// server check), a fresh query client, the one dialog host, a router, and i18next with the shipped
// en-US texts. Only the network is fake (network.ts, imported first on purpose).
import { network } from "./network";
import type { ReactElement, ReactNode } from "react";
import { configure, render, type RenderResult } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import type { QueryClient } from "@tanstack/react-query";
import i18n, { i18nReady } from "../i18n";
import { createQueryClient } from "../app/queryClient";
import { Providers } from "../app/Providers";
import { DialogHost } from "../shared/dialogs/host";
import { vi } from "vitest";

export { fail, holdUploads, network, releaseUploads } from "./network";

// The app honours reduced motion (its theme): dialogs and menus appear at once, with no
// transition timers between a click and what it shows.
(window as unknown as { happyDOM?: { settings: { device: { prefersReducedMotion: string } } } }).happyDOM!.settings.device.prefersReducedMotion = "reduce";
// Rendering the real providers in a simulated DOM is slower than a unit test on a busy machine;
// the limit is a guard against hangs, not a speed test.
vi.setConfig({ testTimeout: 30_000 });
// Lazy chunks (dialogs, the upload engine) are transformed on first import, which takes a while there.
configure({ asyncUtilTimeout: 10_000 });
// The simulated DOM does no layout. Virtualised lists (the upload queue, the explorer's views) size
// their window from the scroller's client box, so every element gets a laptop-sized one.
for (const [prop, size] of [
  ["clientWidth", 1024],
  ["clientHeight", 640],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => size });
}

export interface AppRender extends RenderResult {
  user: ReturnType<typeof userEvent.setup>;
  queryClient: QueryClient;
}

/** Loads the shipped en-US texts of these namespaces (besides common and errors). */
export async function loadTexts(...namespaces: string[]) {
  await i18nReady;
  await i18n.changeLanguage("en-US");
  await i18n.loadNamespaces(["common", "errors", ...namespaces]);
}

export function renderApp(ui: ReactElement, { route = "/home" }: { route?: string } = {}): AppRender {
  // The site's basic configuration is what every page asks for first (theme, site name).
  network.on("GET", "/api/v4/site/config/basic", () => ({ title: "Cloudreve", default_theme: "#1976d2" }));
  const queryClient = createQueryClient(() => {});
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <Providers queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        {children}
        <DialogHost />
      </MemoryRouter>
    </Providers>
  );
  const result = render(ui, { wrapper: Wrapper });
  return { ...result, user: userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never }), queryClient };
}
