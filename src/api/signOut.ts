import { api } from "./client";
import { sessionStore } from "./session";

/**
 * Revokes the refresh-token chain on the server, then forgets the tokens locally.
 * Local sign-out happens even when the server cannot be reached: the user asked to leave.
 */
export async function signOut(): Promise<void> {
  const entry = sessionStore.current();
  if (!entry) return;
  signOutRequested = true;
  try {
    await api.DELETE("/session/token", { body: { refresh_token: entry.token.refresh_token } });
  } finally {
    sessionStore.signOutLocal();
  }
}

let signOutRequested = false;

/** True once after `signOut()`: the sign-in page then opens plainly, not as "come back here". */
export function consumeSignOutRequest(): boolean {
  const requested = signOutRequested;
  signOutRequested = false;
  return requested;
}
