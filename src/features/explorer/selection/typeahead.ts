// Type-ahead: typing a name's first letters moves focus to it, as in every desktop file manager.

const RESET_MS = 800;

export interface TypeaheadState {
  buffer: string;
  at: number;
}

export const initialTypeahead: TypeaheadState = { buffer: "", at: 0 };

const fold = (s: string) => s.normalize("NFKD").toLocaleLowerCase();

/**
 * Feeds one character and returns the new state and the index to focus (or -1). Repeating the same
 * single letter cycles through the names that start with it.
 */
export function typeahead(
  state: TypeaheadState,
  char: string,
  now: number,
  names: readonly string[],
  current: number,
): { state: TypeaheadState; index: number } {
  const fresh = now - state.at > RESET_MS;
  const buffer = fresh ? char : state.buffer + char;
  const next = { buffer, at: now };
  const prefix = fold(buffer);
  const cycling = buffer.length > 1 && [...buffer].every((c) => c === buffer[0]);
  const needle = cycling ? fold(buffer[0]!) : prefix;
  // A new search starts after the current item so that repeated letters move forward.
  const start = buffer.length === 1 || cycling ? current + 1 : Math.max(current, 0);
  for (let k = 0; k < names.length; k++) {
    const i = (start + k) % names.length;
    if (fold(names[i]!).startsWith(needle)) return { state: next, index: i };
  }
  return { state: next, index: -1 };
}
