import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";

/**
 * Where the suite runs: by default the built app served by the stand-in in test mode, which the
 * run starts and stops; with CLOUDREVE_URL, a real Cloudreve server that serves this build from its
 * statics folder (nothing is started: the server is the one users would get).
 */
export function e2eTarget(): { real: boolean; baseURL: string; healthURL?: string; command?: string } {
  const real = process.env.CLOUDREVE_URL;
  if (real) return { real: true, baseURL: real.replace(/\/+$/, "") };
  const port = Number(process.env.E2E_PORT ?? 5213);
  const dataDir = join(tmpdir(), `cloudreve-e2e-${process.pid}`);
  // E2E_DIST: test a build kept elsewhere, so several builds can be checked side by side.
  const dist = process.env.E2E_DIST ?? "dist";
  return {
    real: false,
    // "localhost", not the IP: WebAuthn refuses IP addresses as relying-party ids.
    baseURL: `http://localhost:${port}`,
    healthURL: `http://127.0.0.1:${port}/api/v4/site/ping`,
    command: `npx tsx server/main.ts --port ${port} --test-mode --dist ${dist} --data-dir ${dataDir}`,
  };
}

/** Playwright's own Chromium when installed, else the system one (offline machines, CI). */
export function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Not installed: fall through to the system browser.
  }
  for (const p of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) if (existsSync(p)) return p;
  return undefined;
}

export const isRealServer = () => Boolean(process.env.CLOUDREVE_URL);
