import type { Plugin } from "vite";

export function assetFolder(root: string): string;
export function excalidrawAssets(): Plugin;
