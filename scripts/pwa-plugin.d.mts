import type { Plugin } from "vite";

export function shellFiles(dist: string): string[];
export function offlinePage(root: string): string;
export function buildVersion(dist: string, skip: string[]): string;
export function composeWorker(code: string, constants: { version: string; precache: string[]; offlinePage: string }): string;
export function readPrecache(swSource: string): string[] | null;
export function pwa(): Plugin;
