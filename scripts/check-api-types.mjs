// Fails when src/api/schema.ts is not what openapi-typescript generates from the OpenAPI document.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const out = join(mkdtempSync(join(tmpdir(), "api-types-")), "schema.ts");
execFileSync("npx", ["openapi-typescript", "src/api/cloudreve.openapi.yaml", "-o", out], { stdio: ["ignore", "ignore", "inherit"] });
const fresh = readFileSync(out, "utf8");
const committed = readFileSync("src/api/schema.ts", "utf8");
if (fresh !== committed) {
  console.error("src/api/schema.ts is stale: run `npm run api:types` and commit the result.");
  process.exit(1);
}
console.log("api types: schema.ts matches cloudreve.openapi.yaml");
