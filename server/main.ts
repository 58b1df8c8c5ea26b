import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "./app.ts";
import type { ServerConfig } from "./state/state.ts";
import { seed } from "./seed.ts";
import { DEMO_ADMIN, DEMO_READONLY, DEMO_USER } from "./state/seedUsers.ts";
import { oauthStore } from "./oauth/store.ts";
import { newer } from "./routes/newer.ts";
import { newerLinks } from "./fs/newerLinks.ts";

const HELP = `Cloudreve stand-in server (development and tests only; not a production backend)

Options (each also readable from the env var in brackets):
  --port N              listen port [STANDIN_PORT] (default 5212)
  --data-dir DIR        where file bytes live [STANDIN_DATA_DIR] (default .data)
  --dist DIR            serve this built frontend with placeholders replaced [STANDIN_DIST]
  --no-seed             start empty (only the demo accounts)
  --access-ttl S        access token lifetime in seconds [STANDIN_ACCESS_TTL] (default 3600)
  --refresh-ttl S       refresh token lifetime in seconds [STANDIN_REFRESH_TTL] (default 1209600)
  --policy local|s3     storage policy type for uploads [STANDIN_POLICY] (default local)
  --pagination cursor|offset  listing pagination mode [STANDIN_PAGINATION] (default cursor)
  --captcha off|normal|recaptcha|turnstile|cap  captcha on sign-in, sign-up and reset [STANDIN_CAPTCHA] (default off)
  --email-activation    new accounts must be activated by e-mail link [STANDIN_EMAIL_ACTIVATION=1]
  --oauth-provider      answer like a newer server with its OAuth provider (consent, grants); off,
                        the routes are missing as on the community server [STANDIN_OAUTH_PROVIDER=1]
  --custom-props        answer like a newer server with the admin's typed custom properties
                        (custom_props, props:<id> metadata) [STANDIN_CUSTOM_PROPS=1]
  --profile-shares      answer like a newer server with the "shares on my profile" setting
                        (share_links_in_profile) [STANDIN_PROFILE_SHARES=1]
  --newer-links         answer like a newer server (4.3) with its direct links (listed in file
                        info, deletable, a download variant /f/d/) and the shares' show_readme
                        option [STANDIN_NEWER_LINKS=1]
  --site-url LIST       comma-separated site URLs absolute links are built from, like the real
                        setting siteURL: the entry whose host:port equals the request's Host
                        header is used, else the first [STANDIN_SITE_URL]
                        (default http://localhost:PORT,http://127.0.0.1:PORT)
  --answer-as v3|other  answer as a Cloudreve 3.8 server, or as no Cloudreve at all, to see how
                        the app explains it [STANDIN_ANSWER_AS]
  --test-mode           enable test-only endpoints under /api/__test [STANDIN_TEST_MODE=1]
`;

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "data-dir": { type: "string" },
    dist: { type: "string" },
    "no-seed": { type: "boolean" },
    "access-ttl": { type: "string" },
    "refresh-ttl": { type: "string" },
    policy: { type: "string" },
    pagination: { type: "string" },
    captcha: { type: "string" },
    "email-activation": { type: "boolean" },
    "oauth-provider": { type: "boolean" },
    "profile-shares": { type: "boolean" },
    "custom-props": { type: "boolean" },
    "newer-links": { type: "boolean" },
    "test-mode": { type: "boolean" },
    "site-url": { type: "string" },
    "answer-as": { type: "string" },
    help: { type: "boolean" },
  },
});

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const env = process.env;
function answerAs(v: string | undefined): ServerConfig["answerAs"] {
  if (v === undefined || v === "" || v === "v4") return undefined;
  if (v === "v3" || v === "other") return v;
  throw new Error(`--answer-as: expected v3 or other, got ${v}`);
}
const flag = (v: string | undefined) => v === "1" || v === "true";
const config: ServerConfig = {
  host: "127.0.0.1",
  port: Number(values.port ?? env.STANDIN_PORT ?? 5212),
  dataDir: resolve(values["data-dir"] ?? env.STANDIN_DATA_DIR ?? ".data"),
  distDir: (values.dist ?? env.STANDIN_DIST) ? resolve(values.dist ?? env.STANDIN_DIST!) : undefined,
  seed: !values["no-seed"],
  testMode: Boolean(values["test-mode"]) || flag(env.STANDIN_TEST_MODE),
  secret: env.STANDIN_SECRET ?? "stand-in-secret",
  siteUrl: values["site-url"] ?? env.STANDIN_SITE_URL,
  answerAs: answerAs(values["answer-as"] ?? env.STANDIN_ANSWER_AS),
};
mkdirSync(config.dataDir, { recursive: true });

const started = Date.now();
const app = createApp(config);
const s = app.state.settings;
s.accessTtl = Number(values["access-ttl"] ?? env.STANDIN_ACCESS_TTL ?? s.accessTtl);
s.refreshTtl = Number(values["refresh-ttl"] ?? env.STANDIN_REFRESH_TTL ?? s.refreshTtl);
const policy = values.policy ?? env.STANDIN_POLICY;
if (policy === "s3" || policy === "local") s.policyType = policy;
if ((values.pagination ?? env.STANDIN_PAGINATION) === "offset") s.useCursorPagination = false;
const captcha = values.captcha ?? env.STANDIN_CAPTCHA ?? "off";
if (captcha !== "off") {
  s.captchaType = captcha as typeof s.captchaType;
  s.loginCaptcha = s.regCaptcha = s.forgetCaptcha = true;
}
if (values["email-activation"] || flag(env.STANDIN_EMAIL_ACTIVATION)) s.emailActive = true;
if (values["oauth-provider"]) oauthStore(app.state).enabled = true;
if (values["profile-shares"]) newer(app.state).profileShares = true;
if (values["custom-props"]) newer(app.state).customProps = true;
if (values["newer-links"]) newerLinks(app.state).on = true;

await seed(app.state, { files: config.seed });

app.server.listen(config.port, config.host, () => {
  const url = `http://${config.host}:${config.port}`;
  console.log(`Cloudreve stand-in listening on ${url} (ready in ${Date.now() - started} ms)`);
  console.log(`  admin: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
  console.log(`  user:  ${DEMO_USER.email} / ${DEMO_USER.password}`);
  console.log(`  read-only: ${DEMO_READONLY.email} / ${DEMO_READONLY.password}`);
  console.log(`  links built from: ${app.state.settings.siteUrl}`);
  if (config.testMode) console.log("  test-only endpoints enabled under /api/__test");
});

const stop = () => app.server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
