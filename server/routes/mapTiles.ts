import { HANDLED, type Router } from "../core/router.ts";

// One transparent 1×1 PNG; the map scales it to a tile.
const TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/**
 * A map tile server of the stand-in's own, `/__tiles/{z}/{x}/{y}.png`, so the location map in
 * Details can be tried and tested without the internet (set the map tiles preference to a custom
 * template pointing here). A real Cloudreve server has no such route.
 */
export function registerMapTiles(router: Router): void {
  router.get("/__tiles/:z/:x/:y", (ctx) => {
    const ok = [ctx.params.z, ctx.params.x].every((v) => /^\d+$/.test(v ?? "")) && /^\d+\.png$/.test(ctx.params.y ?? "");
    ctx.res.writeHead(ok ? 200 : 404, ok ? { "Content-Type": "image/png", "Cache-Control": "no-store" } : { "Content-Type": "text/plain" });
    ctx.res.end(ok ? TILE : "404 page not found");
    return HANDLED;
  });
}
