/**
 * The signed-in account(s), stored under the official frontend's `cloudreve_session` key and layout
 * so a user switching between frontends stays signed in. Other tabs learn of changes via `storage` events.
 */
import type { components } from "./schema";

export type User = components["schemas"]["User"];
export type Token = components["schemas"]["Token"];

export type LocalSettings = Record<string, unknown>;

export interface SessionEntry {
  user: User;
  token: Token;
  settings: LocalSettings;
  signedOut?: boolean;
}

export interface SessionState {
  current?: string;
  sessions: Record<string, SessionEntry>;
  anonymousSettings: LocalSettings;
  anonymousUser?: User;
}

export const SESSION_KEY = "cloudreve_session";

const empty = (): SessionState => ({ sessions: {}, anonymousSettings: {} });

function read(): SessionState {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    if (!raw) return empty();
    const parsed = JSON.parse(raw) as Partial<SessionState>;
    return { sessions: parsed.sessions ?? {}, anonymousSettings: parsed.anonymousSettings ?? {}, current: parsed.current, anonymousUser: parsed.anonymousUser };
  } catch {
    return empty();
  }
}

let state = read();
const listeners = new Set<() => void>();

function commit(next: SessionState): void {
  state = next;
  localStorage.setItem(SESSION_KEY, JSON.stringify(next));
  listeners.forEach((l) => l());
}

if (typeof window !== "undefined") {
  window.addEventListener("storage", (e) => {
    if (e.key !== SESSION_KEY && e.key !== null) return;
    state = read();
    listeners.forEach((l) => l());
  });
}

export const sessionStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot(): SessionState {
    return state;
  },
  /** The active, not signed-out account. */
  current(): SessionEntry | undefined {
    const entry = state.current ? state.sessions[state.current] : undefined;
    return entry && !entry.signedOut && entry.token.refresh_token ? entry : undefined;
  },
  signIn(user: User, token: Token): void {
    const prev = state.sessions[user.id];
    commit({ ...state, current: user.id, sessions: { ...state.sessions, [user.id]: { user, token, settings: prev?.settings ?? {} } } });
  },
  setToken(uid: string, token: Token): void {
    const entry = state.sessions[uid];
    if (!entry) return;
    commit({ ...state, sessions: { ...state.sessions, [uid]: { ...entry, token } } });
  },
  updateUser(user: User): void {
    const entry = state.sessions[user.id];
    if (!entry) return;
    commit({ ...state, sessions: { ...state.sessions, [user.id]: { ...entry, user } } });
  },
  /** Keeps the account's local settings but forgets its tokens, as the official frontend does. */
  signOutLocal(): void {
    const uid = state.current;
    if (!uid || !state.sessions[uid]) return;
    const entry = state.sessions[uid]!;
    const blank: Token = { access_token: "", refresh_token: "", access_expires: entry.token.access_expires, refresh_expires: entry.token.refresh_expires };
    commit({ ...state, current: undefined, sessions: { ...state.sessions, [uid]: { ...entry, token: blank, signedOut: true } } });
  },
  /** UI preferences of the current account, or of the anonymous visitor. */
  settings(): LocalSettings {
    return this.current()?.settings ?? state.anonymousSettings;
  },
  setSetting(key: string, value: unknown): void {
    const entry = this.current();
    if (entry) {
      const uid = state.current!;
      commit({ ...state, sessions: { ...state.sessions, [uid]: { ...entry, settings: { ...entry.settings, [key]: value } } } });
    } else {
      commit({ ...state, anonymousSettings: { ...state.anonymousSettings, [key]: value } });
    }
  },
};
