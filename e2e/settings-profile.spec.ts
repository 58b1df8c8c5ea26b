import { deflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, expectAxeClean, test } from "./support/fixtures";
import { testHook } from "./support/api";
import { testFolder } from "./explorer-support";

/** A PNG of `width`×`height` whose left half is red and right half blue (encoded here, no image library). */
function halvesPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set(x < width / 2 ? [220, 20, 20] : [20, 20, 220], y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The colour in the middle of the user's stored avatar, as the browser decodes it. */
async function avatarCentre(page: Page, userId: string): Promise<"red" | "blue" | "other"> {
  return page.evaluate(async (id) => {
    const res = await fetch(`/api/v4/user/avatar/${encodeURIComponent(id)}?nocache=true&t=${Date.now()}`);
    const bitmap = await createImageBitmap(await res.blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext("2d")!;
    g.drawImage(bitmap, 0, 0);
    const [r, , b] = g.getImageData(Math.floor(bitmap.width / 2), Math.floor(bitmap.height / 2), 1, 1).data;
    if (bitmap.width !== bitmap.height) return "other";
    return r! > 150 && b! < 100 ? "red" : b! > 150 && r! < 100 ? "blue" : "other";
  }, userId);
}

async function chooseAvatar(page: Page) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Upload image" }).click();
  await (await chooser).setFiles({ name: "halves.png", mimeType: "image/png", buffer: halvesPng(240, 120) });
  return page.getByRole("dialog", { name: "Crop your picture" });
}

test.describe("settings: profile", () => {
  test("an avatar is cropped to the part of the picture dragged into the frame", async ({ userPage: page, login }) => {
    await page.goto("/settings?tab=profile");
    const dialog = await chooseAvatar(page);
    const frame = dialog.getByRole("group", { name: "Picture position" });
    await expect(frame.locator("img")).toBeVisible();
    await expectAxeClean(page, "avatar crop dialog");
    // Drag the picture to the right as far as it goes: the frame then shows its left (red) half.
    const box = (await frame.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 1.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await dialog.getByRole("button", { name: "Use this picture" }).click();
    await expect(page.getByText("Your avatar was updated.")).toBeVisible();
    await expect(dialog).toBeHidden();
    expect(await avatarCentre(page, login.user.id)).toBe("red");
  });

  test("on a phone the crop works from the keyboard: arrows move, the slider zooms", async ({ userPage: page, login }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto("/settings?tab=profile");
    const dialog = await chooseAvatar(page);
    const frame = dialog.getByRole("group", { name: "Picture position" });
    await expect(frame.locator("img")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const zoom = dialog.getByRole("slider", { name: "Zoom" });
    await zoom.focus();
    await page.keyboard.press("End");
    await expect(zoom).toHaveAttribute("aria-valuenow", "4");
    await frame.focus();
    // Moving the picture left shows its right (blue) half.
    for (let i = 0; i < 40; i++) await page.keyboard.press("ArrowLeft");
    await expectAxeClean(page, "avatar crop dialog at 360 px");
    await dialog.getByRole("button", { name: "Use this picture" }).click();
    await expect(page.getByText("Your avatar was updated.")).toBeVisible();
    expect(await avatarCentre(page, login.user.id)).toBe("blue");
  });

  test("the community server has no profile share setting, and the page does not offer one", async ({ userPage: page, api }) => {
    const settings = await api.ok<Record<string, unknown>>("GET", "/user/setting");
    test.skip("share_links_in_profile" in settings, "this server has the setting");
    await page.goto("/settings?tab=profile");
    await expect(page.getByRole("heading", { name: "Nickname" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Shares on your profile page" })).toHaveCount(0);
  });

  // @exclusive: the newer-server switch is site-wide; the test above must not see it.
  test("@standin @exclusive on a newer server the profile page hides or shows shares as chosen", async ({ userPage: page, api, login, request }) => {
    await testHook(request, "PUT", "/newer", { profile_shares: true });
    const root = await testFolder(api, "profile");
    try {
      await api.ok<string>("PUT", "/share", { uri: root.uri, is_private: true, password: "secret12" });
      await page.goto("/settings?tab=profile");
      const section = page.getByRole("region", { name: "Shares on your profile page" });
      await expect(section.getByRole("radio", { name: "Only shares without a password" })).toBeChecked();
      await expectAxeClean(page, "profile settings with share visibility");
      await section.getByRole("radio", { name: "No shares" }).check();
      await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
      expect((await api.ok<{ share_links_in_profile: string }>("GET", "/user/setting")).share_links_in_profile).toBe("hide_share");
      await page.goto(`/profile/${encodeURIComponent(login.user.id)}`);
      await expect(page.getByText("This user does not show their shares here.")).toBeVisible();

      await page.goto("/settings?tab=profile");
      await section.getByRole("radio", { name: "All my shares" }).check();
      await expect(section.getByRole("radio", { name: "All my shares" })).toBeChecked();
      await page.goto(`/profile/${encodeURIComponent(login.user.id)}`);
      // The private share is listed now (before, only shares without a password were).
      await expect(page.getByRole("list", { name: "Public shares" }).getByRole("listitem")).toHaveCount(1);
    } finally {
      await root.cleanup();
      await testHook(request, "PUT", "/newer", { profile_shares: false });
    }
  });
});
