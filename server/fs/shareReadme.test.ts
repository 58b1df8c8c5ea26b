import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.close());

interface ShareInfo {
  show_readme?: boolean;
}

const newerMode = (on: boolean) => srv.api("PUT", "/api/__test/newer-links", { body: { on } });

/** A shared folder of a fresh account: its owner's auth and the share's id. */
async function sharedFolder(extra: Record<string, unknown> = {}) {
  const { user, auth } = srv.user();
  await srv.api("POST", "/api/__test/files", { body: { owner: user.email, uri: "cloudreve://my/Docs/README.md", content: "IyBIaQ==" } });
  const link = await srv.api<string>("PUT", "/api/v4/share", { auth, body: { uri: "cloudreve://my/Docs", ...extra } });
  expect(link.env.code).toBe(0);
  return { auth, id: link.env.data.split("/s/")[1]! };
}

const mine = async (auth: string) => (await srv.api<{ shares: ShareInfo[] }>("GET", "/api/v4/share?page_size=10", { auth })).env.data.shares[0]!;
const visited = async (id: string) => (await srv.api<ShareInfo>("GET", `/api/v4/share/info/${id}`)).env.data;

describe("show_readme of a share", () => {
  it("is ignored by the 4.0 server, whatever its type", async () => {
    await newerMode(false);
    const { auth, id } = await sharedFolder({ show_readme: true });
    expect(await mine(auth)).not.toHaveProperty("show_readme");
    expect(await visited(id)).not.toHaveProperty("show_readme");
    const odd = await srv.api<string>("PUT", "/api/v4/share", { auth, body: { uri: "cloudreve://my/Docs", show_readme: "yes" } });
    expect(odd.env.code).toBe(0);
  });

  describe("on a newer server", () => {
    beforeAll(() => newerMode(true));
    afterAll(() => newerMode(false));

    it("is stored on creation and told to the owner and to visitors; left out when false", async () => {
      const on = await sharedFolder({ show_readme: true });
      expect((await mine(on.auth)).show_readme).toBe(true);
      expect((await visited(on.id)).show_readme).toBe(true);
      const off = await sharedFolder();
      expect(await mine(off.auth)).not.toHaveProperty("show_readme");
      expect(await visited(off.id)).not.toHaveProperty("show_readme");
    });

    it("is changed by an edit, and an edit without it turns it off", async () => {
      const { auth, id } = await sharedFolder();
      const edit = (extra: Record<string, unknown>) => srv.api<string>("POST", `/api/v4/share/${id}`, { auth, body: { uri: "cloudreve://my/Docs", ...extra } });
      expect((await edit({ show_readme: true })).env.code).toBe(0);
      expect((await visited(id)).show_readme).toBe(true);
      expect((await edit({})).env.code).toBe(0);
      expect(await visited(id)).not.toHaveProperty("show_readme");
    });

    it("must be a boolean", async () => {
      const { auth, id } = await sharedFolder();
      const made = await srv.api("PUT", "/api/v4/share", { auth, body: { uri: "cloudreve://my/Docs", show_readme: "yes" } });
      expect(made.env.code).toBe(40001);
      const edited = await srv.api("POST", `/api/v4/share/${id}`, { auth, body: { uri: "cloudreve://my/Docs", show_readme: 1 } });
      expect(edited.env.code).toBe(40001);
    });

    it("is no longer told once the server is the 4.0 one again", async () => {
      const { auth } = await sharedFolder({ show_readme: true });
      await newerMode(false);
      try {
        expect(await mine(auth)).not.toHaveProperty("show_readme");
      } finally {
        await newerMode(true);
      }
    });
  });
});
