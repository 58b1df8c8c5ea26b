import { expect, test } from "./support/fixtures";
import { contextAction, homeUrl, item, mkdir, testFolder, toast, touch, useLayout, view } from "./explorer-support";

// Names that break naive code: bidi text and overrides, emoji sequences, percent escapes, URL
// delimiters, dots, 255-byte names, and markup or template payloads (the characters \ / : * ? " < >
// | are refused by the server, so payloads use what it accepts: entities, escapes, fullwidth forms).
const HOSTILE = [
  "مرحبا بالعالم.txt",
  "שלום עולם.md",
  "\u202Egnp.exe",
  "report\u202Efdp.txt",
  "😀 smile.txt",
  "👨‍👩‍👧‍👦 family.txt",
  "🏳️‍🌈 flag.txt",
  "a%2Fb.txt",
  "%2e%2e%2fetc%2fpasswd",
  "100%.txt",
  "%.txt",
  "#hash.txt",
  "a#b#c.txt",
  "a..b.txt",
  "..config",
  "...",
  "trailing dot.",
  "a".repeat(251) + ".txt",
  "文".repeat(85),
  "🙂".repeat(62) + ".txt",
  "&lt;img src=x onerror=window.__pwned=1&gt;.txt",
  "%3Cimg src=x onerror=window.__pwned=2%3E.txt",
  "img src=x onerror=alert(1).txt",
  "＜img src=x onerror=alert(2)＞.txt",
  "{{constructor.constructor('alert(3)')()}}.txt",
  "${window.__pwned=3}.txt",
  "'; DROP TABLE files; --.txt",
  "+plus+ and space.txt",
  "a&b=c&d.txt",
  "semi;colon.txt",
  "back`tick`.txt",
  "Ω≈ç√∫ µ.txt",
  "zero\u200Bwidth.txt",
  "cafe\u0301.txt",
  "[brackets] (parens) {braces}.txt",
  "CON.txt",
  "tab-like    spaces.txt",
  "@at!~'().txt",
  "\u0661\u0662\u0663 digits.txt",
  "amp&amp;entity.txt",
];

test("40 hostile names are created, listed, renamed and moved without running any script", async ({ userPage: page, api }) => {
  expect(HOSTILE).toHaveLength(40);
  const root = await testFolder(api, "hostile");
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    const dest = "#dest %2F ..&lt;b&gt;";
    await mkdir(api, root.child(dest));
    for (const n of HOSTILE) await touch(api, root.child(n));
    // Tall enough for every row to be mounted at once.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.goto(homeUrl(root.uri));
    await useLayout(page, "list");
    await expect(view(page).getByRole("row")).toHaveCount(HOSTILE.length + 2);
    // Each row is named exactly (accessible-name matching would fold the invisible characters).
    const labels = await view(page)
      .getByRole("row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("aria-label") ?? ""));
    for (const n of [dest, ...HOSTILE])
      expect(
        labels.filter((l) => l.startsWith(`${n}, `)),
        n,
      ).toHaveLength(1);

    // Created through the UI as well; names the server refuses are stopped before sending.
    await page.keyboard.press("Escape");
    await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "New file" }).click();
    const create = page.getByRole("dialog", { name: "New file" });
    await create.getByLabel("Name").fill("<img src=x onerror=alert(4)>");
    await expect(create.getByText(/Names cannot contain/)).toBeVisible();
    await create.getByLabel("Name").fill("what?.txt");
    await expect(create.getByRole("button", { name: "Create" })).toBeDisabled();
    await create.getByLabel("Name").fill("#new %2F file ‏עברית.txt");
    await create.getByRole("button", { name: "Create" }).click();
    await expect(item(page, "#new %2F file ‏עברית.txt")).toBeVisible();

    // Renamed: by dialog and in place.
    await contextAction(page, item(page, "a%2Fb.txt"), "Rename");
    const rename = page.getByRole("dialog", { name: "Rename" });
    await rename.getByLabel("Name").fill("b%2Fa #1?.txt");
    await expect(rename.getByRole("button", { name: "Rename" })).toBeDisabled();
    await rename.getByLabel("Name").fill("b%2Fa #1.txt");
    await rename.getByRole("button", { name: "Rename" }).click();
    await expect(item(page, "b%2Fa #1.txt")).toBeVisible();
    await item(page, "&lt;img src=x onerror=window.__pwned=1&gt;.txt").click();
    await page.keyboard.press("F2");
    const field = page.getByRole("textbox", { name: /^New name for &lt;img/ });
    await field.fill("&lt;svg onload=alert(5)&gt; ‮.txt");
    await field.press("Enter");
    await expect(item(page, "&lt;svg onload=alert(5)&gt; ‮.txt")).toBeVisible();

    // Moved into the hostile folder with the picker, then opened there (the URL round-trips).
    const moving = ["👨‍👩‍👧‍👦 family.txt", "%3Cimg src=x onerror=window.__pwned=2%3E.txt", "a".repeat(251) + ".txt"];
    await item(page, moving[0]!).click();
    for (const n of moving.slice(1)) await item(page, n).click({ modifiers: ["Control"] });
    await page.getByRole("toolbar", { name: "File actions" }).getByRole("button", { name: "Move to…" }).click();
    const picker = page.getByRole("dialog", { name: /^Move 3 items to/ });
    await picker.getByRole("button", { name: dest }).click();
    await picker.getByRole("button", { name: "Move here" }).click();
    await toast(page, /^Moved 3 items to/);
    for (const n of moving) await expect(item(page, n)).toHaveCount(0);
    await item(page, dest).dblclick();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(dest);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(dest);
    for (const n of moving) await expect(item(page, n)).toBeVisible();

    // Searching for a payload shows nothing found, and runs nothing.
    const search = page.getByRole("combobox", { name: "Search by name" });
    await search.fill("<img src=x onerror=alert(6)>");
    await search.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results");

    const names = (await api.list<{ files: { name: string }[] }>(root.child(dest))).files.map((f) => f.name).sort();
    expect(names).toEqual([...moving].sort());
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  } finally {
    await root.cleanup();
  }
});
