// First-load figures: JS bytes (gzip, as transferred) and time to a usable sign-in page.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function login(base) {
  const res = await fetch(`${base}/api/v4/session/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: "demo@cloudreve.org", password: "demo123456" }),
  });
  const env = await res.json();
  if (env.code !== 0) throw new Error(`bench sign-in failed: ${env.msg}`);
  return env.data;
}

/**
 * Loads `url` in a fresh context and sums the compressed body size of every script fetched until
 * the load event has fired AND the page's `ready` locator is visible. Counting to "usable" rather
 * than to the bare load event also includes the lazy route chunks a page cannot work without.
 */
async function jsBytes(browser, url, ready, init) {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init.fn, init.arg);
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url, { waitUntil: "load" });
  await ready(page).waitFor({ state: "visible" });
  const ms = performance.now() - started;
  const bytes = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((r) => new URL(r.name).pathname.endsWith(".js"))
      .reduce((sum, r) => sum + r.encodedBodySize, 0),
  );
  await context.close();
  return { bytes, ms };
}

export async function benchFirstLoad({ browser, base, record }) {
  const signInReady = (page) => page.locator("main h1").first();
  const session = [];
  for (let i = 0; i < 5; i++) session.push(await jsBytes(browser, `${base}/session`, signInReady));
  record("first_load_js_gzip_session", session[0].bytes);
  record("load_ms_session", Math.round(median(session.map((r) => r.ms))));

  const auth = await login(base);
  const state = JSON.stringify({ current: auth.user.id, sessions: { [auth.user.id]: { user: auth.user, token: auth.token, settings: {} } }, anonymousSettings: {} });
  const home = await jsBytes(browser, `${base}/home`, (page) => page.locator("main h1").first(), {
    fn: (value) => localStorage.setItem("cloudreve_session", value),
    arg: state,
  });
  record("first_load_js_gzip_home", home.bytes);
}
