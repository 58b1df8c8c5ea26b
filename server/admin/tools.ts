import { AppError } from "../core/envelope.ts";
import type { State } from "../state/state.ts";
import { type adminRoutes, ent, listRequest, pageOf, pathId, read, sortItems, wrapped } from "./http.ts";

/**
 * Admin tools: the test mail (recorded in the stand-in's mailbox instead of sent), WOPI discovery
 * import, thumbnail generator check, entity URL cache, and the read side of nodes (the master only).
 */

const binding = (msg: string) => new AppError(40001, msg, undefined, undefined, true);
const THUMB_GENERATORS = ["vips", "ffmpeg", "libreOffice", "ffprobe"];

/** Parses a WOPI discovery document into a viewer group (view/embedview and edit actions per extension). */
export function wopiViewerGroup(xml: string): { viewers: Record<string, unknown>[] } {
  if (!/<wopi-discovery[\s>]/.test(xml)) throw new AppError(40001, "Failed to parse WOPI response");
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
  const viewers: Record<string, unknown>[] = [];
  for (const app of xml.matchAll(/<app\b([^>]*)>([\s\S]*?)<\/app>/g)) {
    const actions: Record<string, Record<string, string>> = {};
    for (const a of app[2]!.matchAll(/<action\b[^>]*>/g)) {
      const ext = attr(a[0], "ext");
      const name = attr(a[0], "name");
      const url = attr(a[0], "urlsrc").replaceAll("&amp;", "&");
      if (!ext) continue;
      if (name === "embedview" || name === "view") (actions[ext] ??= {}).view = url;
      else if (name === "edit") (actions[ext] ??= {}).edit = url;
    }
    if (Object.keys(actions).length === 0) continue;
    viewers.push({
      id: crypto.randomUUID(),
      type: "wopi",
      display_name: attr(app[1]!, "name"),
      exts: Object.keys(actions),
      icon: attr(app[1]!, "favIconUrl") || undefined,
      wopi_actions: actions,
    });
  }
  return { viewers };
}

const MASTER = { id: 1, createdAt: new Date(), status: "active", name: "Master", type: "master", capabilities: "Dg==", settings: { provider: "aria2" } };

export function registerToolRoutes(admin: ReturnType<typeof adminRoutes>, state: State): void {
  admin.post("/tool/mail", async (ctx) => {
    const body = await ctx.json();
    const settings = body.settings;
    if (settings === undefined || settings === null) throw binding("Settings cannot be empty");
    if (typeof settings !== "object" || Array.isArray(settings) || Object.values(settings).some((v) => typeof v !== "string"))
      throw binding("JSON marshall error");
    const to = body.to;
    if (to === undefined || to === null || to === "") throw binding("To cannot be empty");
    if (typeof to !== "string") throw binding("JSON marshall error");
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) throw binding("To format error");
    const s = settings as Record<string, string>;
    const port = s.smtpPort ?? "";
    if (!/^[+-]?\d+$/.test(port)) throw new AppError(40001, "Invalid SMTP port");
    const host = s.smtpHost ?? "";
    // No network here: a host that cannot exist is the dial failure a real server would report.
    if (!host || /\.invalid$/i.test(host) || Number(port) <= 0 || Number(port) > 65535) {
      throw new AppError(50005, `Failed to connect to SMTP server: dial tcp ${host}:${port}: connection refused`);
    }
    state.mails.push({ to, kind: "test", link: "", smtpHost: host, sentAt: new Date() });
    return undefined;
  });

  admin.get("/tool/wopi", async (ctx) => {
    const endpoint = ctx.query.get("endpoint") ?? "";
    if (!endpoint) throw binding("Endpoint cannot be empty");
    let xml: string;
    try {
      const res = await fetch(endpoint, { signal: AbortSignal.timeout(10_000) });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      xml = await res.text();
    } catch {
      throw new AppError(50005, "WOPI endpoint id unavailable");
    }
    return wopiViewerGroup(xml);
  });

  admin.post("/tool/thumbExecutable", async (ctx) => {
    const body = await ctx.json();
    const name = read.str(body, "name");
    const executable = read.str(body, "executable");
    if (!name) throw binding("Name cannot be empty");
    if (!executable) throw binding("Executable cannot be empty");
    // Nothing is run: the stand-in answers like a machine where only the default paths exist.
    const defaults: Record<string, string> = { vips: "vips", ffmpeg: "ffmpeg", libreOffice: "soffice", ffprobe: "ffprobe" };
    if (!THUMB_GENERATORS.includes(name) || executable !== defaults[name]) {
      throw new AppError(40001, `Failed to invoke generator: exec: "${executable}": executable file not found in $PATH`);
    }
    return `${name} (stand-in) 1.0.0`;
  });

  admin.delete("/tool/entityUrlCache", () => undefined);

  const nodeJson = () => ent({ ...MASTER, created_at: MASTER.createdAt, updated_at: MASTER.createdAt, createdAt: undefined });
  admin.post("/node", async (ctx) => {
    const req = await listRequest(ctx);
    const { pagination, items } = pageOf(sortItems([MASTER], req, {}), req);
    return { pagination, nodes: items.map(nodeJson) };
  });
  admin.get("/node/:id", (ctx) => {
    if (pathId(ctx) !== 1) throw new AppError(50001, "Failed to get node");
    return nodeJson();
  });
  admin.post("/node/test", async (ctx) => {
    const { obj } = await wrapped(ctx, "node");
    const server = read.str(obj, "server");
    if (!URL.canParse(server)) throw new AppError(40001, `Failed to parse node URL: ${server}`);
    try {
      const res = await fetch(new URL("api/v4/slave/ping", server.endsWith("/") ? server : `${server}/`), {
        method: "POST",
        signal: AbortSignal.timeout(10_000),
      });
      const env = (await res.json()) as { code?: number; msg?: string };
      if (env.code !== 0) throw new AppError(40001, `Successfully connected to slave node, but slave returns: ${env.msg ?? ""}`);
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError(40001, `Failed to connect to node: ${e instanceof Error ? e.message : String(e)}`);
    }
    return undefined;
  });
}
