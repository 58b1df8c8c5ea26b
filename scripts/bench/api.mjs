// The stand-in's API as the bench scripts use it: one call, the envelope unwrapped into `data`.

/** `path` is absolute from the site root (`/api/v4/…` or a `/api/__test/…` hook). */
export async function call(base, method, path, { body, token, query } = {}) {
  const res = await fetch(`${base}${path}${query ? `?${new URLSearchParams(query)}` : ""}`, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const env = await res.json();
  if (env.code !== 0) throw new Error(`${method} ${path} → ${env.code} ${env.msg}`);
  return env.data;
}
