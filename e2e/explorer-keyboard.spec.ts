import { expect, test } from "./support/fixtures";
import { homeUrl, item, mkdir, testFolder, toast, touch, view } from "./explorer-support";

// With the system's default motion: focus and paging must also hold while dialogs and menus animate.
test.use({ contextOptions: { reducedMotion: "no-preference" } });

test("a keyboard-only session: selection, every shortcut and the command palette", async ({ userPage: page, api }) => {
  const root = await testFolder(api, "keys");
  try {
    await mkdir(api, root.child("Alpha"));
    for (const n of ["b.txt", "c.txt", "d.txt", "e.txt"]) await touch(api, root.child(n));
    await page.goto(homeUrl(root.uri));
    await expect(item(page, "e.txt")).toBeVisible();
    const status = page.getByRole("status").filter({ hasText: /items?/ });
    const selected = (name: string) => expect(item(page, name)).toHaveAttribute("aria-selected", "true");
    const unselected = (name: string) => expect(item(page, name)).toHaveAttribute("aria-selected", "false");

    // The palette switches to the list layout and sorts by name.
    await page.keyboard.press("Control+K");
    const palette = page.getByRole("dialog", { name: "Command palette" });
    await palette.getByRole("combobox", { name: "Command" }).fill("list view");
    await page.keyboard.press("Enter");
    await expect(palette).toHaveCount(0);
    await expect(view(page)).toHaveAttribute("role", "grid");

    // The view is a single tab stop; arrows move inside it.
    await view(page).focus();
    await page.keyboard.press("ArrowDown");
    await expect(item(page, "b.txt")).toBeFocused();
    await selected("b.txt");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    for (const n of ["b.txt", "c.txt", "d.txt"]) await selected(n);
    await expect(status).toHaveText("5 items · 3 selected");
    await page.keyboard.press("End");
    await expect(item(page, "e.txt")).toBeFocused();
    await selected("e.txt");
    await unselected("b.txt");
    await page.keyboard.press("Shift+Home");
    await expect(status).toHaveText("5 items · 5 selected");
    await page.keyboard.press("PageDown");
    await expect(item(page, "e.txt")).toBeFocused();
    await page.keyboard.press("PageUp");
    await expect(item(page, "Alpha")).toBeFocused();
    await page.keyboard.press("Home");
    await selected("Alpha");
    await expect(status).toHaveText("5 items · 1 selected");
    await page.keyboard.press("Control+A");
    await expect(status).toHaveText("5 items · 5 selected");
    await page.keyboard.press("Escape");
    await expect(status).toHaveText("5 items");

    // Type-ahead jumps by name; F2 renames in place.
    await view(page).focus();
    await page.keyboard.type("d");
    await expect(item(page, "d.txt")).toBeFocused();
    await selected("d.txt");
    await page.keyboard.press("F2");
    const field = page.getByRole("textbox", { name: "New name for d.txt" });
    await expect(field).toBeFocused();
    await field.fill("delta.txt");
    await page.keyboard.press("Enter");
    await expect(item(page, "delta.txt")).toBeVisible();

    // Delete moves to the trash; Ctrl+Z brings it back.
    await item(page, "delta.txt").focus();
    await page.keyboard.press("Delete");
    await expect(item(page, "delta.txt")).toHaveCount(0);
    await toast(page, "Moved “delta.txt” to the trash.");
    await page.keyboard.press("Control+Z");
    await expect(item(page, "delta.txt")).toBeVisible();

    // Enter opens a folder, Backspace goes back up with focus on it.
    await view(page).focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alpha");
    await expect(page.getByText("This folder is empty")).toBeVisible();
    await page.keyboard.press("Alt+ArrowUp");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(root.name);
    await expect(item(page, "Alpha")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alpha");
    await page.keyboard.press("Backspace");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(root.name);

    // The palette runs an action by name: a new folder, named and created with Enter.
    await page.keyboard.press("Control+K");
    await palette.getByRole("combobox", { name: "Command" }).fill("new folder");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "New folder" });
    await expect(dialog.getByLabel("Name")).toBeFocused();
    await page.keyboard.type("Made by keys");
    await page.keyboard.press("Enter");
    await expect(item(page, "Made by keys")).toBeVisible();

    // "?" lists the shortcuts; Esc closes it.
    await view(page).focus();
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help.getByRole("cell", { name: "Rename" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(help).toHaveCount(0);
  } finally {
    await root.cleanup();
  }
});
