import { AppError } from "../core/envelope.ts";
import type { State } from "../state/state.ts";
import { siteEntries } from "../core/siteUrl.ts";
import { fsOf } from "../fs/store.ts";
import { BACKEND_VERSION } from "../routes/site.ts";
import type { adminRoutes } from "./http.ts";
import { adminOf } from "./store.ts";

/** `GET /admin/summary`: version and site URLs always; the 12-day metrics only once generated, then cached a day. */

const DAYS = 12;
const CACHE_MS = 86400 * 1000;

function metrics(state: State): Record<string, unknown> {
  const store = fsOf(state);
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  const starts = Array.from({ length: DAYS }, (_, i) => {
    const d = new Date(today);
    d.setDate(d.getDate() - (DAYS - 1 - i));
    return d;
  });
  const bucket = (dates: Date[]) =>
    starts.map((start, i) => {
      const end = i + 1 < DAYS ? starts[i + 1]!.getTime() : start.getTime() + 86400 * 1000;
      return dates.filter((d) => d.getTime() >= start.getTime() && d.getTime() < end).length;
    });
  // Folders count as files, as in the server's table; users' root folders included.
  const files = [...store.files.values()].map((f) => f.createdAt);
  const users = [...state.users.values()].map((u) => u.createdAt);
  const shares = [...store.shares.values()].map((s) => s.createdAt);
  return {
    dates: starts.map((d) => d.toISOString()),
    files: bucket(files),
    users: bucket(users),
    shares: bucket(shares),
    file_total: files.length,
    user_total: users.length,
    share_total: shares.length,
    entities_total: store.entities.size,
    generated_at: new Date().toISOString(),
  };
}

export function registerSummaryRoutes(admin: ReturnType<typeof adminRoutes>, state: State): void {
  admin.get("/summary", (ctx) => {
    const raw = ctx.query.get("generate");
    // gin's form binding of a bool: empty/absent is false, anything strconv.ParseBool refuses is an error.
    if (raw && !["1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False"].includes(raw)) {
      throw new AppError(40001, "Parameter error", undefined, undefined, true);
    }
    const generate = raw !== null && ["1", "t", "T", "true", "TRUE", "True"].includes(raw);
    const store = adminOf(state);
    if (store.summary && store.summary.expires < Date.now()) store.summary = undefined;
    if (!store.summary && generate) store.summary = { data: metrics(state), expires: Date.now() + CACHE_MS };
    return {
      metrics_summary: store.summary?.data ?? null,
      site_urls: siteEntries(state.settings.siteUrl).length ? state.settings.siteUrl.split(",") : [],
      version: { version: BACKEND_VERSION, pro: false, commit: "standin" },
    };
  });
}
