export type UserStatus = "active" | "inactive" | "manual_banned" | "sys_banned";

export interface Group {
  id: number;
  name: string;
  permission: Set<number>;
  /** Bytes; 0 = unlimited. */
  maxStorage: number;
  /** Max URIs per direct-link request (`source_batch`); 0 = direct links disabled. */
  sourceBatch: number;
  /** Seconds a trashed item is kept. */
  trashRetention: number;
}

export interface PasskeyRecord {
  /** Credential id, base64url as WebAuthn libraries produce it. */
  credentialId: string;
  publicKey: Uint8Array;
  counter: number;
  transports?: string[];
  name: string;
  createdAt: Date;
  usedAt?: Date;
}

export interface User {
  id: number;
  email: string;
  nickname: string;
  /** `salt:hash` (scrypt), or "" for a passwordless account. */
  passwordHash: string;
  status: UserStatus;
  avatar: "" | "file" | "gravatar";
  createdAt: Date;
  groupId: number;
  preferredTheme?: string;
  language?: string;
  disableViewSync: boolean;
  /** Newer servers only (see routes/newer.ts): which shares the public profile lists. */
  shareLinksInProfile?: "" | "all_share" | "hide_share";
  pined: { uri: string; name?: string }[];
  twoFaSecret?: string;
  passkeys: PasskeyRecord[];
  versionRetention: { enabled: boolean; ext: string[]; max: number };
  /** Saved views of the trash / shared-with-me roots, keyed by fs (docs/server-behaviour.md, "Folder views"). */
  fsViewMap: Record<string, unknown>;
  /** A storage policy of this account's own (test accounts), instead of the site's. */
  storage?: { policyType: "local" | "s3"; chunkSize: number };
}

/** Who is calling: a signed-in user, or the anonymous user of the anonymous group. */
export interface Identity {
  user?: User;
  group: Group;
}

export interface Mail {
  to: string;
  kind: "activate" | "reset" | "test";
  /** Frontend link as the real server would put it in the e-mail ("" for the admin's test mail). */
  link: string;
  /** Test mails only: the SMTP host the admin's unsaved settings named. */
  smtpHost?: string;
  sentAt: Date;
}

export type CaptchaType = "normal" | "recaptcha" | "turnstile" | "cap" | "tcaptcha";

/** Site settings the stand-in honours; tests may change them at runtime in test mode. */
export interface SiteSettings {
  siteName: string;
  siteDes: string;
  siteScript: string;
  defaultTheme: string;
  themes: string;
  captchaType: CaptchaType;
  loginCaptcha: boolean;
  regCaptcha: boolean;
  forgetCaptcha: boolean;
  authn: boolean;
  registerEnabled: boolean;
  emailActive: boolean;
  /** Group new sign-ups join (real setting `default_group`). */
  defaultGroup: number;
  tosUrl: string;
  privacyUrl: string;
  useCursorPagination: boolean;
  maxPageSize: number;
  maxBatchedFile: number;
  /** Folders a recursive search may walk before it stops (`max_recursive_searched_folder`). */
  maxRecursiveSearchedFolder: number;
  accessTtl: number;
  refreshTtl: number;
  policyType: "local" | "s3";
  chunkSize: number;
  /**
   * Local policy `pre_allocate` (on in the install-default policy): a new upload's file is grown to
   * the full size at session creation, so chunks beyond index 0 are accepted until chunk 0 arrives
   * and truncates it. Off: the file starts empty and any chunk beyond the bytes written is refused.
   */
  preAllocate: boolean;
  uploadSessionTtl: number;
  thumbWidth: number;
  thumbHeight: number;
  pwaSmallIcon: string;
  pwaMediumIcon: string;
  pwaLargeIcon: string;
  reCaptchaKey: string;
  turnstileSiteId: string;
  capInstanceUrl: string;
  capKeyId: string;
  /** Comma-separated site URLs absolute links are built from (real setting `siteURL`). */
  siteUrl: string;
}
