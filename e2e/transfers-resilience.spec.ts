// Uploads that survive trouble: failing chunk requests are retried until every file is complete and
// byte-identical, and a reload mid-upload resumes from the missing chunks once the file is
// selected again, without sending finished chunks twice.
import { join } from "node:path";
import { test, expect } from "./support/fixtures";
import { testHook } from "./support/api";
import {
  bigFile,
  chunkRequestsOf,
  expectAllUploaded,
  isChunkRequest,
  list,
  MiB,
  queueRow,
  removeFolder,
  setFaults,
  storedSha256,
  tempDir,
  testFolder,
  uploadThroughUi,
} from "./transfers-helpers";

for (const policyType of ["local", "s3"] as const) {
  test.describe(`${policyType} policy`, () => {
    test.use({ accountStorage: { policyType, chunkSize: 256 * 1024 } });

    test(`with 10% of chunk requests failing every file still arrives intact @standin`, async ({ userPage: page, api, account, request }) => {
      const folder = await testFolder(api, "faults");
      const { dir, cleanup } = tempDir();
      try {
        await setFaults(request, account.email, { chunkFailRate: 0.1 });
        const digests = new Map<string, string>();
        for (let i = 0; i < 4; i++) digests.set(`part-${i}.bin`, await bigFile(join(dir, `part-${i}.bin`), 2 * MiB + i * 1000));
        const failed: string[] = [];
        const storageAuth: Promise<string | undefined>[] = [];
        page.on("requestfinished", async (r) => {
          if (isChunkRequest(r.method(), r.url()) && (await r.response())?.status() === 500) failed.push(r.url());
        });
        page.on("request", (r) => {
          if (r.url().includes("/__s3/")) storageAuth.push(r.allHeaders().then((h) => h.authorization));
        });
        await uploadThroughUi(
          page,
          folder,
          [...digests.keys()].map((n) => join(dir, n)),
        );
        await expectAllUploaded(page, 4);
        // 36 chunks: at least three of the first attempts failed and were sent again.
        expect(failed.length).toBeGreaterThanOrEqual(3);
        const stored = await list(api, folder);
        expect(stored.map((f) => f.name).sort()).toEqual([...digests.keys()].sort());
        for (const f of stored) expect(await storedSha256(api, request, f.path), f.name).toBe(digests.get(f.name));
        // Our bearer token never goes to the storage provider.
        if (policyType === "s3") expect(storageAuth.length).toBeGreaterThan(0);
        expect((await Promise.all(storageAuth)).filter(Boolean)).toEqual([]);
      } finally {
        cleanup();
        await removeFolder(api, folder);
      }
    });
  });
}

test.describe("local policy chunk order", () => {
  const CHUNK = 256 * 1024;
  test.use({ accountStorage: { policyType: "local", chunkSize: CHUNK } });

  test("files of 1, 2, 3 and 5 chunks arrive intact through slow and failing chunks, each sent after the one before @standin", async ({
    userPage: page,
    api,
    account,
    request,
  }) => {
    const folder = await testFolder(api, "ordered");
    const { dir, cleanup } = tempDir();
    try {
      await setFaults(request, account.email, { chunkFailRate: 0.25, chunkStallMs: 400, chunkStallRate: 0.3 });
      const sizes: Record<string, number> = { "one.bin": 100_000, "two.bin": CHUNK + 5, "three.bin": 3 * CHUNK, "five.bin": 4 * CHUNK + 777 };
      const digests = new Map<string, string>();
      for (const [name, size] of Object.entries(sizes)) digests.set(name, await bigFile(join(dir, name), size));
      const sessions = new Set<string>();
      page.on("request", (r) => {
        const m = r.method() === "POST" && /\/file\/upload\/([^/]+)\/\d+$/.exec(r.url());
        if (m) sessions.add(m[1]!);
      });

      await uploadThroughUi(
        page,
        folder,
        Object.keys(sizes).map((n) => join(dir, n)),
      );
      await expectAllUploaded(page, 4);
      const stored = await list(api, folder);
      expect(stored.map((f) => f.name).sort()).toEqual([...digests.keys()].sort());
      for (const f of stored) {
        expect(f.size, f.name).toBe(sizes[f.name]);
        expect(await storedSha256(api, request, f.path), f.name).toBe(digests.get(f.name));
      }
      // What the server saw, per upload: never two chunks at once, and chunk indices in order
      // (a retry repeats an index; otherwise 0, 1, 2, … and never back).
      const logs = await Promise.all([...sessions].map((s) => testHook<{ arrivals: number[]; max_concurrent: number }>(request, "GET", `/chunk-log/${s}`)));
      for (const log of logs) {
        expect(log.max_concurrent).toBe(1);
        const distinct = log.arrivals.filter((v, i) => i === 0 || v !== log.arrivals[i - 1]);
        expect(distinct).toEqual(distinct.map((_, i) => i));
      }
      expect(logs.map((l) => Math.max(...l.arrivals) + 1).sort()).toEqual([1, 2, 3, 5]);
    } finally {
      cleanup();
      await removeFolder(api, folder);
    }
  });
});

test.describe("resume after a reload", () => {
  test.use({ accountStorage: { policyType: "local", chunkSize: MiB } });

  test("re-selecting the file resumes without re-sending finished chunks @standin", async ({ userPage: page, api, account, request }) => {
    const folder = await testFolder(api, "resume");
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, "backup.bin");
      const digest = await bigFile(path, 10 * MiB + 7);
      await setFaults(request, account.email, { chunkStallMs: 300, chunkStallRate: 1 });
      const acked = new Set<number>();
      const onAck = async (r: import("@playwright/test").Request) => {
        if (isChunkRequest(r.method(), r.url()) && (await r.response())?.ok()) acked.add(Number(r.url().split("/").pop()));
      };
      page.on("requestfinished", onAck);
      await uploadThroughUi(page, folder, [path]);
      await expect.poll(() => acked.size).toBeGreaterThanOrEqual(3);
      page.off("requestfinished", onAck);
      const before = new Set(acked);
      const [placeholder] = await list(api, folder);
      const session = placeholder!.metadata!["sys:upload_session_id"]!;

      await page.reload();
      const row = queueRow(page, "backup.bin");
      await expect(row).toContainText("select the file again to resume");
      await setFaults(request, account.email, { chunkStallMs: 0, chunkStallRate: 0 });
      const requestsAtReload = await chunkRequestsOf(request, session);
      const resent: number[] = [];
      page.on("request", (r) => {
        if (isChunkRequest(r.method(), r.url())) resent.push(Number(r.url().split("/").pop()));
      });
      const chooser = page.waitForEvent("filechooser");
      await row.getByRole("button", { name: "Select backup.bin again to resume" }).click();
      await (await chooser).setFiles(path);
      await expectAllUploaded(page, 1);

      expect(await storedSha256(api, request, `${folder}/backup.bin`)).toBe(digest);
      // Nothing the server had confirmed before the reload went over the wire again.
      expect(resent.filter((i) => before.has(i))).toEqual([]);
      // Chunks are written in order: what the server confirmed is a run from chunk 0, and the
      // upload continues with the next chunk, in order, up to the last (11 chunks in all).
      expect([...before].sort((x, y) => x - y)).toEqual([...before].map((_, i) => i));
      const first = resent[0] ?? 11;
      expect(first).toBeGreaterThanOrEqual(before.size);
      expect(resent).toEqual(Array.from({ length: 11 - first }, (_, i) => first + i));
      expect(await chunkRequestsOf(request, session)).toBe(requestsAtReload + resent.length);
    } finally {
      cleanup();
      await removeFolder(api, folder);
    }
  });

  test("an expired session starts over cleanly after re-selecting @standin", async ({ userPage: page, api, account, request }) => {
    const folder = await testFolder(api, "expired");
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, "late.bin");
      const digest = await bigFile(path, 5 * MiB);
      await setFaults(request, account.email, { chunkStallMs: 300, chunkStallRate: 1 });
      const firstChunk = page.waitForResponse((r) => isChunkRequest(r.request().method(), r.url()) && r.ok());
      await uploadThroughUi(page, folder, [path]);
      await firstChunk;
      const [placeholder] = await list(api, folder);
      const session = placeholder!.metadata!["sys:upload_session_id"]!;
      await page.reload();
      await testHook(request, "POST", `/uploads/${session}/expire`);
      await setFaults(request, account.email, { chunkStallMs: 0, chunkStallRate: 0 });

      const row = queueRow(page, "late.bin");
      const chooser = page.waitForEvent("filechooser");
      await row.getByRole("button", { name: "Select late.bin again to resume" }).click();
      await (await chooser).setFiles(path);
      await expectAllUploaded(page, 1);
      expect(await storedSha256(api, request, `${folder}/late.bin`)).toBe(digest);
      expect((await list(api, folder)).map((f) => f.name)).toEqual(["late.bin"]);
    } finally {
      cleanup();
      await removeFolder(api, folder);
    }
  });
});
