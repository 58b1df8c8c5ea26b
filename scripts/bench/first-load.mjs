// First-load figures: JS bytes (gzip, as transferred), time to a usable page, first contentful
// paint and the number of requests the browser made before the load event.
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
  const { bytes, fcp, requests } = await page.evaluate(() => {
    const resources = performance.getEntriesByType("resource");
    const [nav] = performance.getEntriesByType("navigation");
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return {
      bytes: resources.filter((r) => new URL(r.name).pathname.endsWith(".js")).reduce((sum, r) => sum + r.encodedBodySize, 0),
      fcp: paint ? paint.startTime : NaN,
      // The document itself plus every request started before the load event ended.
      requests: 1 + resources.filter((r) => r.startTime < nav.loadEventEnd).length,
    };
  });
  await context.close();
  return { bytes, ms, fcp, requests };
}

export async function benchFirstLoad({ browser, base, record }) {
  const signInReady = (page) => page.locator("main h1").first();
  const session = [];
  for (let i = 0; i < 5; i++) session.push(await jsBytes(browser, `${base}/session`, signInReady));
  record("first_load_js_gzip_session", session[0].bytes);
  record("load_ms_session", Math.round(median(session.map((r) => r.ms))));
  record("fcp_ms_session", Math.round(median(session.map((r) => r.fcp))));
  record("requests_before_load_session", median(session.map((r) => r.requests)));

  const auth = await login(base);
  const state = JSON.stringify({
    current: auth.user.id,
    sessions: { [auth.user.id]: { user: auth.user, token: auth.token, settings: {} } },
    anonymousSettings: {},
  });
  const init = { fn: (value) => localStorage.setItem("cloudreve_session", value), arg: state };
  const home = [];
  for (let i = 0; i < 5; i++) home.push(await jsBytes(browser, `${base}/home`, (page) => page.locator("main h1").first(), init));
  record("first_load_js_gzip_home", home[0].bytes);
  record("fcp_ms_home", Math.round(median(home.map((r) => r.fcp))));
  record("requests_before_load_home", median(home.map((r) => r.requests)));
}
