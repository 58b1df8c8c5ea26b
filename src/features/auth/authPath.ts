/** Builds a link between auth pages, carrying only the parameters that matter (e-mail, redirect). */
export function authPath(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}
