// Excalidraw draws text in its own fonts and fetches them at run time from `window.EXCALIDRAW_ASSET_PATH`
// (falling back to a public CDN). A Cloudreve server may have no internet access, and its users'
// browsers none either, so the fonts ship with the app: the build copies them from the package into
// assets/excalidraw-<version>/fonts/ and the viewer sets the asset path there before Excalidraw loads
// (the constant __EXCALIDRAW_ASSET_PATH__). Under /assets/ the service worker stores a font the first
// time a drawing uses it and never precaches one (docs/service-worker.md); the version in the folder
// keeps those long-cached URLs right across upgrades. Development serves the same paths.
import { createReadStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const PACKAGE = "node_modules/@excalidraw/excalidraw";

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** The folder under the site's base the fonts are served from, e.g. `assets/excalidraw-0.18.1/`. */
export function assetFolder(root) {
  const { version } = JSON.parse(readFileSync(join(root, PACKAGE, "package.json"), "utf8"));
  return `assets/excalidraw-${version}/`;
}

export function excalidrawAssets() {
  let root = process.cwd();
  let base = "/";
  let folder = "";
  return {
    name: "excalidraw-assets",
    config(config) {
      root = config.root ?? root;
      base = config.base ?? base;
      folder = assetFolder(root);
      return { define: { __EXCALIDRAW_ASSET_PATH__: JSON.stringify(`${base}${folder}`) } };
    },
    configureServer(server) {
      const fonts = join(root, PACKAGE, "dist/prod/fonts");
      const prefix = `${base}${folder}fonts/`;
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? "").split("?")[0]);
        if (!path.startsWith(prefix)) return next();
        const file = join(fonts, path.slice(prefix.length));
        if (!file.startsWith(fonts + sep) || !existsSync(file)) return next();
        res.setHeader("Content-Type", "font/woff2");
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      const fonts = join(root, PACKAGE, "dist/prod/fonts");
      for (const rel of filesUnder(fonts)) this.emitFile({ type: "asset", fileName: `${folder}fonts/${rel}`, source: readFileSync(join(fonts, rel)) });
    },
  };
}
