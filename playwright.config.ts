import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable, e2eTarget } from "./e2e/support/target";

const target = e2eTarget();
// Tests that need the stand-in's test hooks are tagged and skipped against a real server.
const standinOnly = target.real ? [/@standin/] : [];

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // On a real server every test uses the one configured account: one at a time, so no test sees
  // another's files, shares or account settings.
  workers: target.real ? 1 : process.env.CI ? 2 : undefined,
  // One retry on CI; a test that needed it is reported as flaky in the summary, not hidden.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"], ["./e2e/support/summary-reporter.ts"]] : [["list"]],
  use: {
    baseURL: target.baseURL,
    // Bounded waits: a stuck step fails with its own name instead of the whole test timing out.
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    // Recording a trace costs every test time; on CI only a retried test records one.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-US",
    // The app honours "reduce motion" (no transitions, no ripples): dialogs and menus settle at once
    // instead of being waited out. The keyboard journey runs with the system's default motion.
    contextOptions: { reducedMotion: "reduce" },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, grepInvert: [/@exclusive/, ...standinOnly] },
    // Tests that flip site-wide settings (captcha, e-mail activation) would disturb every sign-in
    // running alongside: they run one at a time once everything else is done.
    {
      name: "exclusive",
      use: { ...devices["Desktop Chrome"] },
      grep: /@exclusive/,
      grepInvert: standinOnly.length ? standinOnly : undefined,
      workers: 1,
      dependencies: ["chromium"],
    },
  ],
  webServer: target.command
    ? {
        command: target.command,
        url: target.healthURL!,
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: "ignore",
        stderr: "pipe",
      }
    : undefined,
});
