// A build dropped in front of the wrong server: a Cloudreve 3 server, or something that is not
// Cloudreve at all. The app says which, in plain words, instead of failing with errors.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, expectAxeClean, test } from "./support/fixtures";

/** A stand-in of its own, answering as `kind`, on 127.0.0.1; stopped by the test. */
async function standIn(kind: "v3" | "other", port: number): Promise<{ url: string; stop: () => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), "cloudreve-compat-"));
  const args = [
    "--import",
    "tsx",
    "server/main.ts",
    "--port",
    String(port),
    "--answer-as",
    kind,
    "--no-seed",
    "--dist",
    process.env.E2E_DIST ?? "dist",
    "--data-dir",
    dataDir,
  ];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => String(d).includes("listening") && resolve());
    child.on("exit", (code) => reject(new Error(`stand-in exited with ${code}`)));
  });
  return {
    url: `http://localhost:${port}`,
    stop: () => {
      child.kill("SIGTERM");
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const basePort = Number(process.env.E2E_PORT ?? 5213) + 40;

test.describe("a server this app cannot work with @standin", () => {
  test("a Cloudreve 3 server is named, with what to do about it", async ({ page }) => {
    const server = await standIn("v3", basePort);
    try {
      await page.goto(`${server.url}/home`);
      await expect(page.getByRole("heading", { level: 1, name: "This site runs Cloudreve 3.8.3" })).toBeVisible();
      await expect(page.getByText("cannot work with Cloudreve 3")).toBeVisible();
      await expect(page.getByRole("link", { name: "How to upgrade to Cloudreve 4" })).toHaveAttribute("href", /^https:\/\/docs\.cloudreve\.org\//);
      await expect(page).toHaveTitle(/This site runs Cloudreve 3\.8\.3/);
      await expectAxeClean(page, "Cloudreve 3 notice");
    } finally {
      server.stop();
    }
  });

  test("an address that does not answer as Cloudreve says so and offers to try again", async ({ page }) => {
    const server = await standIn("other", basePort + 1);
    try {
      await page.goto(`${server.url}/session`);
      await expect(page.getByRole("heading", { level: 1, name: "No Cloudreve server answers here" })).toBeVisible();
      await expect(page.getByText(`The address ${server.url} does not answer as a Cloudreve server`)).toBeVisible();
      await page.getByRole("button", { name: "Try again" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "No Cloudreve server answers here" })).toBeVisible();
      await expectAxeClean(page, "not-Cloudreve notice");
    } finally {
      server.stop();
    }
  });
});
