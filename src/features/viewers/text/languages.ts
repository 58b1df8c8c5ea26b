// Syntax highlighting by extension. Each language is its own lazy chunk, loaded when a file of that
// kind opens; unknown extensions are plain text.
import type { Extension } from "@codemirror/state";

type Loader = () => Promise<Extension>;

const legacy =
  (load: () => Promise<Parameters<typeof import("@codemirror/language").StreamLanguage.define>[0]>): Loader =>
  async () => {
    const [{ StreamLanguage }, mode] = await Promise.all([import("@codemirror/language"), load()]);
    return StreamLanguage.define(mode);
  };

const js =
  (opts: { jsx?: boolean; typescript?: boolean }): Loader =>
  () =>
    import("@codemirror/lang-javascript").then((m) => m.javascript(opts));
const cpp: Loader = () => import("@codemirror/lang-cpp").then((m) => m.cpp());
const css: Loader = () => import("@codemirror/lang-css").then((m) => m.css());
const xml: Loader = () => import("@codemirror/lang-xml").then((m) => m.xml());
const html: Loader = () => import("@codemirror/lang-html").then((m) => m.html());
const yaml: Loader = () => import("@codemirror/lang-yaml").then((m) => m.yaml());
const shell = legacy(() => import("@codemirror/legacy-modes/mode/shell").then((m) => m.shell));
const properties = legacy(() => import("@codemirror/legacy-modes/mode/properties").then((m) => m.properties));

const BY_EXT: Record<string, Loader> = {
  js: js({}),
  mjs: js({}),
  cjs: js({}),
  jsx: js({ jsx: true }),
  ts: js({ typescript: true }),
  mts: js({ typescript: true }),
  tsx: js({ jsx: true, typescript: true }),
  json: () => import("@codemirror/lang-json").then((m) => m.json()),
  md: () => import("@codemirror/lang-markdown").then((m) => m.markdown()),
  markdown: () => import("@codemirror/lang-markdown").then((m) => m.markdown()),
  py: () => import("@codemirror/lang-python").then((m) => m.python()),
  css,
  less: css,
  scss: css,
  html,
  htm: html,
  xhtml: html,
  xml,
  svg: xml,
  xsl: xml,
  xslt: xml,
  sql: () => import("@codemirror/lang-sql").then((m) => m.sql()),
  c: cpp,
  h: cpp,
  cc: cpp,
  cpp,
  hpp: cpp,
  java: () => import("@codemirror/lang-java").then((m) => m.java()),
  go: () => import("@codemirror/lang-go").then((m) => m.go()),
  php: () => import("@codemirror/lang-php").then((m) => m.php()),
  yaml,
  yml: yaml,
  sh: shell,
  bash: shell,
  zsh: shell,
  lua: legacy(() => import("@codemirror/legacy-modes/mode/lua").then((m) => m.lua)),
  cs: legacy(() => import("@codemirror/legacy-modes/mode/clike").then((m) => m.csharp)),
  ini: properties,
  conf: properties,
  properties,
  toml: legacy(() => import("@codemirror/legacy-modes/mode/toml").then((m) => m.toml)),
  dockerfile: legacy(() => import("@codemirror/legacy-modes/mode/dockerfile").then((m) => m.dockerFile)),
  bat: legacy(() => import("@codemirror/legacy-modes/mode/powershell").then((m) => m.powerShell)),
};

/** The language support for a file name, or undefined for plain text. */
export function languageFor(name: string): Loader | undefined {
  const lower = name.toLowerCase();
  if (lower === "dockerfile") return BY_EXT.dockerfile;
  const dot = lower.lastIndexOf(".");
  return dot >= 0 ? BY_EXT[lower.slice(dot + 1)] : undefined;
}
