import { createWriteStream } from "node:fs";
import { AppError } from "../core/envelope.ts";
import { encodeId, IdType, tryDecodeId } from "../core/ids.ts";
import { signPath } from "../core/sign.ts";
import type { State } from "../state/state.ts";
import { takeBadSign } from "./faults.ts";
import type { FsStore } from "./store.ts";
import type { Entity, FileNode } from "./types.ts";

// Version entities as downloads and editors see them: their signed URLs, the one a request means, new ones.

/** Lifetime of signed content URLs in seconds (an hour, the server's default). */
export const ENTITY_URL_TTL = 3600;
/** The real server's default `maxEditSize`: larger files are neither edited in place nor opened for editing. */
export const MAX_EDIT_SIZE = 50 * 1024 * 1024;
export const errEntity = () => new AppError(40077, "Entity not exist");

/** A secret no URL is checked against: what a test's `badSignedUrls` fault signs with. */
export const wrongSecret = (state: State) => `${state.config.secret}/not-this-server`;

/**
 * Signed content URL of an entity (the local storage URL shape). `forUser` is who
 * it is handed to, so a test fault can make that account's next URLs unusable.
 */
export function entityUrl(state: State, origin: string, entityId: number, name: string, extra = "", forUser?: number): { url: string; expires: Date } {
  const path = `/api/v4/file/content/${encodeId(IdType.entity, entityId)}/0/${encodeURIComponent(name)}`;
  const secret = forUser !== undefined && takeBadSign(state, forUser) ? wrongSecret(state) : undefined;
  const { sign, expires } = signPath(state, path, ENTITY_URL_TTL, secret);
  return { url: `${origin}${path}?sign=${encodeURIComponent(sign)}${extra}`, expires };
}

/** The entity a download of `file` serves (a specific version when asked). */
export function pickEntity(store: FsStore, file: FileNode, entityParam: string): number {
  if (file.type !== 0) throw errEntity();
  if (!entityParam) {
    if (file.primaryEntity && !store.entities.has(file.primaryEntity)) throw errEntity();
    return file.primaryEntity;
  }
  const id = tryDecodeId(IdType.entity, entityParam);
  if (id === undefined || !file.entities.includes(id)) throw errEntity();
  return id;
}

/** Writes bytes as a new finished version entity. */
export async function writeEntity(store: FsStore, data: Buffer, createdBy: number): Promise<Entity> {
  const path = store.blobPath();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on("error", reject);
    out.end(data, resolve);
  });
  return store.newEntity({ size: data.length, path, createdBy });
}
