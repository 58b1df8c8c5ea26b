/**
 * The OAuth / OpenID provider of newer Cloudreve servers (the community server 4.0.0-2 has none:
 * its routes answer gin's plain 404). The stand-in offers it only when switched on, so the
 * frontend is tested against both kinds of server.
 */

/** Scopes a Cloudreve OAuth client may be registered with (the admin dashboard's list). */
export const KNOWN_SCOPES: readonly string[] = Object.freeze([
  "openid",
  "email",
  "profile",
  "offline_access",
  ...["UserInfo", "UserSecurityInfo", "Files", "Shares", "Workflow", "Finance", "DavAccount", "Admin"].flatMap((s) => [`${s}.Read`, `${s}.Write`]),
]);

export interface OAuthClient {
  /** The client id apps send (a GUID, as the server's `guid` column). */
  id: string;
  /** Confidential clients authenticate at the token endpoint; public (native) clients use PKCE only. */
  secret?: string;
  name: string;
  description?: string;
  homepageUrl?: string;
  /** An image URL (http(s), data: or site-relative). */
  icon?: string;
  /** Exact strings the `redirect_uri` of a request must equal; relative ones are site paths. */
  redirectUris: string[];
  scopes: string[];
  enabled: boolean;
}

// A small picture frame, inline so the stand-in needs no network for the icon.
const FRAME_ICON =
  "data:image/svg+xml;base64," +
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="10" fill="#00796b"/><rect x="10" y="12" width="28" height="24" rx="2" fill="#fff"/><path d="M13 33l8-9 6 6 4-4 4 7z" fill="#26a69a"/><circle cx="31" cy="18" r="3" fill="#ffb300"/></svg>',
  ).toString("base64");

/** Clients every stand-in knows: the official desktop and mobile apps, and a third-party web app. */
export function seededClients(): OAuthClient[] {
  return [
    {
      id: "d3f1c2a4-7b7e-4f55-9c1e-2f6f3f0c0001",
      name: "Cloudreve Desktop",
      description: "Mounts your files as a folder on your computer.",
      redirectUris: ["/callback/desktop"],
      scopes: ["openid", "profile", "email", "offline_access", "UserInfo.Read", "Files.Write", "Shares.Write", "Workflow.Write", "DavAccount.Read"],
      enabled: true,
    },
    {
      id: "d3f1c2a4-7b7e-4f55-9c1e-2f6f3f0c0002",
      name: "Cloudreve for iOS",
      redirectUris: ["/callback/ios"],
      scopes: ["openid", "profile", "email", "offline_access", "UserInfo.Read", "Files.Write", "Shares.Write", "Workflow.Write"],
      enabled: true,
    },
    {
      id: "5c0a7e52-1f3d-4c1b-8f8e-6b9e0b7d0003",
      secret: "photo-frame-secret",
      name: "Photo Frame",
      description: "Shows the photos in your drive on a digital picture frame.",
      homepageUrl: "https://photoframe.example",
      icon: FRAME_ICON,
      redirectUris: ["https://photoframe.example/oauth/callback", "http://127.0.0.1:8765/callback"],
      scopes: ["openid", "profile", "email", "offline_access", "Files.Read", "Shares.Read"],
      enabled: true,
    },
  ];
}
