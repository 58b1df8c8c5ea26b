// Size limits for source files: no file over 300 lines and no function over 120 lines, so each
// file has one job and reads in one sitting. Generated files are exempt. Files and functions
// listed in KNOWN are older ones still waiting to be split; the list only shrinks (a listed file
// that has come under the limit is reported, so it is taken off).
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import ts from "typescript";

const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 120;
const GENERATED = new Set(["src/api/schema.ts"]);
const KNOWN = new Set([]);

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "src", "server", "scripts", "e2e"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !GENERATED.has(f));

const problems = [];
const stale = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    continue; // deleted in the working tree
  }
  const lines = text.split("\n").length;
  const over = [];
  if (lines > MAX_FILE_LINES) over.push(`${lines} lines (limit ${MAX_FILE_LINES})`);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_FUNCTION_LINES) {
        const name = node.name?.getText(source) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : "(anonymous)");
        over.push(`function ${name} at line ${start + 1}: ${end - start + 1} lines (limit ${MAX_FUNCTION_LINES})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (KNOWN.has(file)) {
    if (over.length === 0) stale.push(file);
    continue;
  }
  for (const o of over) problems.push(`${file}: ${o}`);
}

for (const p of problems) console.error(p);
for (const f of stale) console.error(`${f}: within the limits now; take it off KNOWN in scripts/check-sizes.mjs`);
if (problems.length || stale.length) {
  console.error(`\n${problems.length + stale.length} size problem(s): split the file or function (one job each).`);
  process.exit(1);
}
console.log(
  `sizes ok: ${files.length} files, none over ${MAX_FILE_LINES} lines or with a function over ${MAX_FUNCTION_LINES} (${KNOWN.size} older files listed to split)`,
);
