import { expect, test } from "./support/fixtures";
import type { Api } from "./support/api";

// WebAuthn needs a domain as relying-party id ("localhost" works, an IP address does not).
test.beforeEach(({ baseURL }) => {
  test.skip(!baseURL || /\/\/\d+\.\d+\.\d+\.\d+[:/]/.test(baseURL), "passkeys need a host name, not an IP address");
});

async function deleteAllPasskeys(api: Api) {
  const settings = await api.ok<{ passkeys?: { id: string }[] }>("GET", "/user/setting");
  for (const p of settings.passkeys ?? []) await api.call("DELETE", "/user/authn", undefined, { id: p.id });
}

test("passkey: add in settings, sign in with it, delete it", async ({ userPage: page, api, account }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  try {
    await page.goto("/settings?tab=security");
    await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
    await page.getByRole("button", { name: "Add a passkey" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a passkey" });
    const name = dialog.getByRole("textbox", { name: "Name" });
    await expect(name).toHaveValue(/ on /);
    await name.fill("E2E key");
    await dialog.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("The passkey was added.")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "E2E key" })).toContainText("never used");

    // The sign-in page may be left again at once (its passkey offer is accepted at once): the
    // visit is caught as it happens, not looked for afterwards.
    const signOut = async () => {
      await page.getByRole("button", { name: /^Account menu of/ }).click();
      const signedOut = page.waitForURL(/\/session/);
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await signedOut;
    };
    // The e-mail field offers the passkey (conditional UI); the virtual authenticator accepts at once.
    await signOut();
    await expect(page).toHaveURL(/\/home/);

    // With the user not (yet) touching the authenticator, the explicit button on the password step.
    const presence = (enabled: boolean) => cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled });
    await presence(false);
    await signOut();
    await page.getByRole("textbox", { name: "E-mail" }).fill(account.email);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("textbox", { name: "Password", exact: true })).toBeVisible();
    await presence(true);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await expect(page).toHaveURL(/\/home/);

    await page.goto("/settings?tab=security");
    const item = page.getByRole("listitem").filter({ hasText: "E2E key" });
    await expect(item).toContainText("last used");
    await item.getByRole("button", { name: "Delete passkey E2E key" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete this passkey?" });
    await expect(confirm).toContainText("“E2E key”");
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("The passkey was deleted.")).toBeVisible();
    await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
  } finally {
    await deleteAllPasskeys(api);
  }
});

test("a cancelled passkey prompt is explained", async ({ page }) => {
  // What browsers report when the user dismisses the sheet or it times out.
  await page.addInitScript(() => {
    navigator.credentials.get = () => Promise.reject(new DOMException("The operation either timed out or was not allowed.", "NotAllowedError"));
  });
  await page.goto("/session");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The passkey request was cancelled or timed out." })).toBeVisible();
  await expect(page).toHaveURL(/\/session/);
});

test("a passkey the server does not know is explained", async ({ page }) => {
  // A well-formed assertion from a credential the site never registered: the server answers 40025.
  await page.addInitScript(() => {
    const bytes = (s: string) => new TextEncoder().encode(s).buffer;
    navigator.credentials.get = async () =>
      ({
        id: "AAAA",
        rawId: bytes("raw"),
        type: "public-key",
        authenticatorAttachment: "platform",
        response: { authenticatorData: bytes("a"), clientDataJSON: bytes("{}"), signature: bytes("s"), userHandle: bytes("u") },
        getClientExtensionResults: () => ({}),
        toJSON: () => ({
          id: "AAAA",
          rawId: "cmF3",
          type: "public-key",
          authenticatorAttachment: "platform",
          response: { authenticatorData: "YQ", clientDataJSON: "e30", signature: "cw", userHandle: "dQ" },
          clientExtensionResults: {},
        }),
      }) as unknown as Credential;
  });
  await page.route("**/api/v4/session/authn", (route) =>
    route.request().method() === "POST" ? route.fulfill({ json: { code: 40025, msg: "Failed to validate passkey" } }) : route.continue(),
  );
  await page.goto("/session");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This passkey is not registered with any account on this site." })).toBeVisible();
});
