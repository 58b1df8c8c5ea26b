// The OAuth provider's apps afterwards: listed and removed in the security settings, and the
// desktop app's hand-off.
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testFolder, toast } from "./explorer-support";
import { PHOTO_FRAME, PHOTO_FRAME_CALLBACK, DESKTOP, pkce, authorizeUrl, appHandoffs, openSecuritySettings, withProvider } from "./oauth-support";

// The provider is switched on and off site-wide: one test at a time, never beside the others.
test.describe("with the OAuth provider @standin @exclusive", () => {
  test.describe.configure({ mode: "serial" });

  test("the apps with access are listed in the security settings and can be removed", async ({ userPage: page, api, request }) => {
    await withProvider(request, async () => {
      await api.ok("POST", "/session/oauth/consent", {
        client_id: PHOTO_FRAME,
        response_type: "code",
        redirect_uri: PHOTO_FRAME_CALLBACK,
        state: "",
        scope: "openid profile Files.Read",
      });
      await openSecuritySettings(page);
      const apps = page.getByRole("region", { name: "Apps with access" });
      const row = apps.getByRole("listitem").filter({ hasText: "Photo Frame" });
      await expect(row).toContainText("Can access: Your profile and Files");
      await expect(row).toContainText("Not used yet");
      await expectAxeClean(page, "security settings with an app");

      await row.getByRole("button", { name: "Remove access of Photo Frame" }).click();
      const dialog = page.getByRole("dialog", { name: "Remove access of Photo Frame?" });
      await expect(dialog).toContainText("can no longer use your account");
      await dialog.getByRole("button", { name: "Remove access" }).click();
      await toast(page, "Photo Frame no longer has access to your account.");
      await expect(apps.getByText("No apps have access to your account.")).toBeVisible();

      // Revoked means asked again.
      const app = await api.ok<{ consented_scopes?: string[] }>("GET", `/session/oauth/app/${PHOTO_FRAME}`);
      expect(app.consented_scopes).toBeUndefined();
    });
  });

  test("the desktop app: allowed, a folder and name chosen, handed to the app; a renewal goes straight on", async ({ userPage: page, api, login, request }) => {
    const folder = await testFolder(api, "desktop");
    try {
      await withProvider(request, async () => {
        const { challenge } = pkce();
        const handoffs = await appHandoffs(page);
        await page.goto(
          authorizeUrl({
            client_id: DESKTOP,
            redirect_uri: "/callback/desktop",
            scope: "openid offline_access Files.Write",
            state: "desk-1",
            code_challenge: challenge,
            code_challenge_method: "S256",
          }),
        );
        await expect(page.getByRole("heading", { name: "Allow Cloudreve Desktop to access your account?" })).toBeVisible();
        await page.getByRole("button", { name: "Allow" }).click();

        await expect(page).toHaveURL(/\/callback\/desktop\?/);
        const code = new URL(page.url()).searchParams.get("code")!;
        await expect(page.getByRole("heading", { name: "Connect the desktop app" })).toBeVisible();
        await expect(page.getByRole("textbox", { name: "Folder" })).toHaveValue("My files");
        await expect(page.getByRole("textbox", { name: "Name on your computer" })).toHaveValue("My files");
        await expectAxeClean(page, "desktop mount set-up");

        await page.getByRole("button", { name: "Choose…" }).click();
        const picker = page.getByRole("dialog", { name: "Folder for the desktop app" });
        await picker.getByRole("button", { name: folder.name }).click();
        await picker.getByRole("button", { name: "Use this folder" }).click();
        await expect(page.getByRole("textbox", { name: "Folder" })).toHaveValue(`My files/${folder.name}`);
        await expect(page.getByRole("textbox", { name: "Name on your computer" })).toHaveValue(folder.name);
        await page.getByRole("textbox", { name: "Name on your computer" }).fill("Work");
        await page.getByRole("button", { name: "Open the desktop app" }).click();

        await expect(page.getByRole("heading", { name: "Continue in the desktop app" })).toBeVisible();
        const href = (await page.getByRole("link", { name: "Open the desktop app again" }).getAttribute("href"))!;
        // The browser was asked to open it, and the same address is offered again.
        await expect.poll(() => handoffs).toEqual([href]);
        const handoff = new URL(href.replace(/^cloudreve:/, "http:"));
        expect(handoff.host).toBe("mount");
        expect(Object.fromEntries(handoff.searchParams)).toEqual({ state: "desk-1", code, user_id: login.user.id, path: folder.uri, name: "Work" });

        // The desktop app renewing an existing mount: no questions.
        await page.goto("/callback/desktop?code=renewal-code&state=reauthorize%3Amount-7");
        await expect(page.getByRole("heading", { name: "Continue in the desktop app" })).toBeVisible();
        const renewal = await page.getByRole("link", { name: "Open the desktop app again" }).getAttribute("href");
        await expect.poll(() => handoffs.at(-1)).toBe(renewal);
        expect(renewal).toBe(`cloudreve://mount?state=reauthorize%3Amount-7&code=renewal-code&user_id=${encodeURIComponent(login.user.id)}`);
      });
    } finally {
      await folder.cleanup();
    }
  });
});
