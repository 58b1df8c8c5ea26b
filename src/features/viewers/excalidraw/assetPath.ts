// Excalidraw fetches its fonts from `window.EXCALIDRAW_ASSET_PATH`, else from a public CDN. The build
// copies them to our own origin (scripts/excalidraw-assets.mjs); this module points Excalidraw there
// and must be evaluated before Excalidraw's own modules, so Board.tsx imports it first.
declare const __EXCALIDRAW_ASSET_PATH__: string;

(window as Window & { EXCALIDRAW_ASSET_PATH?: string }).EXCALIDRAW_ASSET_PATH = __EXCALIDRAW_ASSET_PATH__;
