/** Data model of the stand-in file system (in memory; bytes live on disk under dataDir/blobs). */

export type FsType = "my" | "share" | "trash" | "shared_with_me";

export interface ListViewColumn {
  type: number;
  width?: number;
  props?: { metadata_key?: string };
}

/** Folder view settings as the server stores and returns them (docs/server-behaviour.md, "Folder views"). */
export interface ExplorerView {
  page_size: number;
  order?: string;
  order_direction?: string;
  view?: string;
  thumbnail?: boolean;
  gallery_width?: number;
  columns?: ListViewColumn[];
}

export interface FileNode {
  id: number;
  ownerId: number;
  /** undefined for the user's root folder and for trashed items (detached). */
  parent?: FileNode;
  /** Internal name: the real name, "" for roots, a UUID while in trash. */
  name: string;
  type: 0 | 1;
  size: number;
  createdAt: Date;
  updatedAt: Date;
  /** Public metadata. */
  metadata: Map<string, string>;
  /** Current version entity id (0 for folders / empty placeholders). */
  primaryEntity: number;
  /** Entity ids linked to this file, newest first. */
  entities: number[];
  view?: ExplorerView;
  isSymbolic: boolean;
  /** Children by name (folders only). */
  children?: Map<string, FileNode>;
  /** Sorted child lists by order key; dropped whenever a child changes. */
  sorted?: Map<string, FileNode[]>;
  /** True while the node sits in its owner's trash (soft-deleted root of a trashed tree). */
  trashed?: boolean;
}

/** Entity types: 0 version, 1 thumbnail, 2 live photo (docs/server-behaviour.md, "File objects and metadata"). */
export interface Entity {
  id: number;
  type: 0 | 1 | 2;
  size: number;
  /** Absolute path of the bytes on disk. */
  path: string;
  createdAt: Date;
  updatedAt: Date;
  createdBy?: number;
  refCount: number;
  /** Set while the bytes are still being uploaded. */
  uploadSessionId?: string;
}

export interface Share {
  id: number;
  ownerId: number;
  fileId: number;
  password: string;
  views: number;
  downloads: number;
  /** undefined = no download limit. */
  remainDownloads?: number;
  expires?: Date;
  shareView: boolean;
  /** Newer servers only (fs/newerLinks.ts): the landing shows the folder's README. */
  showReadme?: boolean;
  createdAt: Date;
}

export interface DirectLink {
  id: number;
  fileId: number;
  name: string;
  createdAt: Date;
}

export interface UploadSession {
  id: string;
  ownerId: number;
  fileId: number;
  entityId: number;
  /** Owner-view URI of the target, as returned in the response. */
  uri: string;
  size: number;
  chunkSize: number;
  expires: number;
  metadata: Record<string, string>;
  lastModified?: Date;
  entityType: "" | "version" | "live_photo";
  newFile: boolean;
  callbackSecret: string;
  lockToken: string;
  policyType: "local" | "s3";
  /** Chunk indexes (local) or part numbers (s3) that arrived. */
  received: Set<number>;
  /** S3 mode only. */
  s3?: { uploadId: string; key: string; parts: Map<number, string> };
}

export interface LockRecord {
  token: string;
  ownerId: number;
  /** Owner-view path of the locked object (`cloudreve://my/...`). */
  path: string;
  fileType: 0 | 1;
  app: string;
  expires: number;
}

export interface ArchiveSession {
  id: string;
  userId: number;
  /** Nodes to put in the zip (top level); resolved at creation. */
  fileIds: number[];
  expires: number;
}
