import { randomBytes } from "node:crypto";
import type { Group, Mail, SiteSettings, User } from "./types.ts";
import { GROUP_ANONYMOUS, defaultGroups } from "./seedUsers.ts";
import { defaultSiteUrl } from "../core/siteUrl.ts";

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** Built frontend to serve (index.html placeholders replaced), or undefined for API only. */
  distDir?: string;
  seed: boolean;
  testMode: boolean;
  /** Fixed secret in tests keeps tokens valid across restarts of a reused server. */
  secret: string;
  /** Initial `siteURL` list; defaults to this port on localhost and 127.0.0.1. */
  siteUrl?: string;
  /** Answer as a Cloudreve 3 server, or as no Cloudreve at all, to show how the app copes. */
  answerAs?: "v3" | "other" | undefined;
}

export function defaultSettings(): SiteSettings {
  return {
    siteName: "Cloudreve",
    siteDes: "Cloudreve stand-in server for development and tests",
    siteScript: "",
    defaultTheme: "#1976d2",
    themes: JSON.stringify({
      "#1976d2": {
        light: { palette: { primary: { main: "#1976d2" }, secondary: { main: "#9c27b0" } } },
        dark: { palette: { primary: { main: "#90caf9" }, secondary: { main: "#ce93d8" } } },
      },
      "#3f51b5": { light: { palette: { primary: { main: "#3f51b5" }, secondary: { main: "#f50057" } } } },
    }),
    captchaType: "normal",
    loginCaptcha: false,
    regCaptcha: false,
    forgetCaptcha: false,
    authn: true,
    registerEnabled: true,
    emailActive: false,
    defaultGroup: 2,
    tosUrl: "",
    privacyUrl: "",
    useCursorPagination: true,
    maxPageSize: 2000,
    maxBatchedFile: 3000,
    maxRecursiveSearchedFolder: 65535,
    accessTtl: 3600,
    refreshTtl: 1209600,
    policyType: "local",
    chunkSize: 25 * 1024 * 1024,
    preAllocate: true,
    uploadSessionTtl: 86400,
    thumbWidth: 400,
    thumbHeight: 300,
    pwaSmallIcon: "/favicon.svg",
    pwaMediumIcon: "/logo192.png",
    pwaLargeIcon: "/logo512.png",
    reCaptchaKey: "",
    turnstileSiteId: "",
    capInstanceUrl: "",
    capKeyId: "",
    siteUrl: "",
  };
}

/** In-memory store of everything but file bytes. */
export class State {
  readonly settings: SiteSettings = defaultSettings();
  readonly groups = new Map<number, Group>(defaultGroups().map((g) => [g.id, g]));
  readonly users = new Map<number, User>();
  /** Short-lived keyed values (2FA sessions, WebAuthn challenges, captchas, reset secrets). */
  private kv = new Map<string, { value: unknown; expires: number }>();
  /** Revoked refresh-token chains: root id → expiry (ms). */
  readonly revokedRoots = new Map<string, number>();
  readonly mails: Mail[] = [];
  readonly siteId = randomBytes(8).toString("hex");
  private nextUserId = 1;
  /** Listeners the file system uses to give new users a root folder. */
  readonly onUserCreated: ((u: User) => void)[] = [];
  /** Bytes used by a user; provided by the file system module. */
  usedBytes: (userId: number) => number = () => 0;

  constructor(readonly config: ServerConfig) {
    this.settings.siteUrl = config.siteUrl || defaultSiteUrl(config.port);
  }

  anonymousGroup(): Group {
    return this.groups.get(GROUP_ANONYMOUS)!;
  }

  groupOf(user: User): Group {
    return this.groups.get(user.groupId) ?? this.anonymousGroup();
  }

  addUser(make: (id: number) => User): User {
    const user = make(this.nextUserId++);
    this.users.set(user.id, user);
    for (const fn of this.onUserCreated) fn(user);
    return user;
  }

  findUserByEmail(email: string): User | undefined {
    const lower = email.toLowerCase();
    for (const u of this.users.values()) if (u.email === lower) return u;
    return undefined;
  }

  kvSet(key: string, value: unknown, ttlSeconds: number): void {
    this.kv.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
  }

  kvGet<T>(key: string): T | undefined {
    const hit = this.kv.get(key);
    if (!hit) return undefined;
    if (hit.expires < Date.now()) {
      this.kv.delete(key);
      return undefined;
    }
    return hit.value as T;
  }

  kvDelete(key: string): void {
    this.kv.delete(key);
  }
}
