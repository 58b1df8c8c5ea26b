// Shared by the OAuth specs: the apps the stand-in knows, authorization links, the app's own page
// and the hand-offs to the official clients' URL scheme.
import { createHash, randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "./support/fixtures";
import { testHook } from "./support/api";

export const PHOTO_FRAME = "5c0a7e52-1f3d-4c1b-8f8e-6b9e0b7d0003";
export const PHOTO_FRAME_SECRET = "photo-frame-secret";
export const PHOTO_FRAME_CALLBACK = "https://photoframe.example/oauth/callback";
export const DESKTOP = "d3f1c2a4-7b7e-4f55-9c1e-2f6f3f0c0001";

export const pkce = () => {
  const verifier = randomBytes(48).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};

export function authorizeUrl(q: Record<string, string>): string {
  return `/session/authorize?${new URLSearchParams({ response_type: "code", ...q })}`;
}

/** The third-party app's own page: whatever the browser is sent back with, it is served here. */
export async function servePhotoFrame(page: Page): Promise<void> {
  await page.route("https://photoframe.example/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><html lang=en><title>Photo Frame</title><main><h1>Photo Frame</h1></main></html>" }),
  );
}

/**
 * Hand-offs to the official clients' URL scheme the page asks the browser for. No page can load
 * `cloudreve://`, so they are caught where Chromium receives the navigation request.
 */
export async function appHandoffs(page: Page): Promise<string[]> {
  const urls: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.enable");
  cdp.on("Page.frameRequestedNavigation", (e) => {
    if (e.url.startsWith("cloudreve:")) urls.push(e.url);
  });
  return urls;
}

/** The security settings, once the account's settings arrived (the first load can be slow on a busy machine). */
export async function openSecuritySettings(page: Page): Promise<void> {
  await page.goto("/settings?tab=security");
  await expect(page.getByRole("heading", { name: "Password", exact: true })).toBeVisible({ timeout: 60_000 });
}

export async function withProvider(request: APIRequestContext, run: () => Promise<void>): Promise<void> {
  await testHook(request, "PUT", "/oauth", { enabled: true });
  try {
    await run();
  } finally {
    await testHook(request, "PUT", "/oauth", { enabled: false });
  }
}
