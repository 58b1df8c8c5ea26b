import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import { readdirSync } from "node:fs";

// Layers: app → features → shared → api / lib / i18n. A feature reaches another feature only
// through that feature's index.ts; nothing imports upwards; no module cycles (docs/architecture.md).
const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
// Besides index.ts, a few modules are entry points of their own: pages and parts another feature
// loads lazily, and data another feature needs without the rest (a barrel would put them into
// the first load of pages that never use them — see the size check).
const lazyEntries = {
  shares: ["./landing/ShareLanding.tsx", "./landing/SingleFilePreview.tsx"],
  viewers: ["./InlineViewer.tsx"],
  site: ["./fileIcons.ts", "./brand.ts"],
  explorer: ["./prefs/explorerPrefs.ts"],
};
const layerZones = [
  { target: "./src/shared", from: ["./src/app", "./src/features"], message: "shared code must not depend on the app or on a feature." },
  { target: "./src/features", from: "./src/app", message: "features must not depend on the app; what they share belongs in src/shared." },
  {
    target: ["./src/api", "./src/lib", "./src/i18n"],
    from: ["./src/app", "./src/features", "./src/shared"],
    message: "api, lib and i18n are the bottom layer.",
  },
  ...features.flatMap((f) =>
    features
      .filter((g) => g !== f)
      .map((g) => ({
        target: `./src/features/${f}`,
        from: `./src/features/${g}`,
        except: ["./index.ts", ...(lazyEntries[g] ?? [])],
        message: `use what features/${g}/index.ts exports.`,
      })),
  ),
];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/api/schema.ts", "test-results", "playwright-report", ".data"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Lazy import() cycles are allowed: they do not run at module initialisation.
      "import-x/no-cycle": ["error", { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }],
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      // Server data must never become markup.
      "no-restricted-properties": ["error", { object: "document", property: "write" }],
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render server data as text; sanitize markdown in one place." },
      ],
    },
  },
  {
    files: ["server/**/*.ts", "scripts/**/*.{js,mjs}", "e2e/**/*.ts", "*.config.{ts,js}"],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
