import { gunzipSync } from 'node:zlib';
import semver from 'semver';
import type { DeploymentFiles } from '../files.js';
import type { KitInfo } from '../kit.js';
import type { Manifest } from '../manifest.js';
import { hashOf, toBytes, type Content } from './content.js';
import { PackedFile, storeObject } from './packed.js';
import { serializeJson } from './merge-json.js';

/**
 * The base store: inside the deployment, the exact bytes the kit wrote for each file on its last
 * run, so that an upgrade can merge three ways. Content-addressed and compact:
 *
 *     .mpp/base/index.json                     { format, kit, files: { path: { sha256, kit } } }
 *     .mpp/base/objects/<2 hex>/<sha256>.gz    the bytes, gzip, one object per distinct content
 *
 * The index is also a manifest of the last run (path -> SHA-256 of what the kit wrote).
 */
export const BASE_DIR = '.mpp/base';
export const BASE_INDEX = `${BASE_DIR}/index.json`;
export const BASE_FORMAT = 1;

/** Largest object a reader inflates (a deployment's biggest file is a few MB). */
const MAX_OBJECT_BYTES = 256 * 1024 * 1024;
const HASH = /^[0-9a-f]{64}$/;

/** What the kit wrote for a file on an earlier run, as far as it is known. */
export interface BaseVersion {
  /** SHA-256 of the bytes the kit wrote (from the base store, or the manifest of the last run). */
  hash: string;
  /** The kit version that wrote them, when recorded. */
  kit?: string;
  /** The bytes themselves, when the base store holds them (needed for a line merge). */
  content?: Content;
}

export interface BaseIndex {
  format: typeof BASE_FORMAT;
  /** The kit of the run that wrote the store. */
  kit: KitInfo;
  /** Path -> SHA-256 of the bytes and the kit version that wrote them. */
  files: Record<string, { sha256: string; kit?: string }>;
}

/** What a deployment's base store holds, as far as it could be read. */
export interface BaseSnapshot {
  kit?: KitInfo;
  files: Record<string, BaseVersion>;
  /** Paths of the store that could not be used (missing or corrupt object, bad entry), for the report. */
  damaged: string[];
}

export function objectPath(hash: string): string {
  return `${BASE_DIR}/objects/${hash.slice(0, 2)}/${hash}.gz`;
}

/** Deployment-relative POSIX path that stays inside the folder and outside the store itself. */
export function isDeploymentPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return false;
  return !(path === '.mpp' || path.startsWith('.mpp/'));
}

/** The store object of a content: a packed file is one already. */
const objectOf = (content: Content): Uint8Array => (content instanceof PackedFile ? content.object : storeObject(toBytes(content)));

/**
 * The store's files for the given records (path -> what the kit wrote), keyed by deployment path,
 * to be written like the deployment's own files. Deterministic: sorted index, one object per
 * distinct content. A record without content keeps its hash in the index (the file was not
 * written by the kit this time and its old bytes are not at hand). Objects whose hash is in
 * `stored` (read back intact from the store) are left out: they are on disk already.
 */
export function baseStoreFiles(records: Record<string, BaseVersion>, kit: KitInfo, stored: ReadonlySet<string> = new Set()): DeploymentFiles {
  const out: DeploymentFiles = {};
  const files: BaseIndex['files'] = {};
  for (const path of Object.keys(records).sort()) {
    if (!isDeploymentPath(path)) continue;
    const record = records[path];
    const sha256 = record.content === undefined ? record.hash : hashOf(record.content);
    files[path] = record.kit === undefined ? { sha256 } : { sha256, kit: record.kit };
    if (record.content !== undefined && !stored.has(sha256)) out[objectPath(sha256)] ??= objectOf(record.content);
  }
  const index: BaseIndex = { format: BASE_FORMAT, kit: { kit: kit.kit, version: kit.version }, files };
  out[BASE_INDEX] = serializeJson(index);
  return out;
}

/** Every path of the store that holds the given records: the index and the object of each content. */
function storePaths(records: Record<string, BaseVersion>): Set<string> {
  const out = new Set([BASE_INDEX]);
  for (const [path, record] of Object.entries(records)) if (isDeploymentPath(path) && record.content !== undefined) out.add(objectPath(record.hash));
  return out;
}

function inflate(bytes: Uint8Array | undefined, sha256: string): Uint8Array | undefined {
  if (bytes === undefined) return undefined;
  try {
    const content = new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_OBJECT_BYTES }));
    return hashOf(content) === sha256 ? content : undefined;
  } catch {
    return undefined;
  }
}

function readKit(value: unknown): KitInfo | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kit, version } = value as Record<string, unknown>;
  return typeof kit === 'string' && typeof version === 'string' && semver.valid(version) !== null ? { kit, version } : undefined;
}

/**
 * Reads a base store through `read` (deployment-relative path -> bytes, undefined when absent).
 * Tolerant: no store (a deployment made before the store existed) gives no base; an unreadable
 * index gives no base and names it in `damaged`; an entry without its object (the store knew only
 * its hash, or the object was deleted) keeps the hash, and so does one whose object is corrupt,
 * named in `damaged` (the plan can still tell an unedited file, but not merge it).
 */
export function readBaseStore(read: (path: string) => Uint8Array | undefined): BaseSnapshot {
  const raw = read(BASE_INDEX);
  if (raw === undefined) return { files: {}, damaged: [] };
  let index: unknown;
  try {
    index = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return { files: {}, damaged: [BASE_INDEX] };
  }
  const entries = (index as { files?: unknown } | null)?.files;
  if (typeof entries !== 'object' || entries === null || (index as { format?: unknown }).format !== BASE_FORMAT) {
    return { files: {}, damaged: [BASE_INDEX] };
  }
  const files: Record<string, BaseVersion> = {};
  const damaged: string[] = [];
  for (const path of Object.keys(entries).sort()) {
    const entry = (entries as Record<string, { sha256?: unknown; kit?: unknown }>)[path];
    const sha256 = entry?.sha256;
    if (!isDeploymentPath(path) || typeof sha256 !== 'string' || !HASH.test(sha256)) {
      damaged.push(path);
      continue;
    }
    const kit = typeof entry.kit === 'string' && semver.valid(entry.kit) !== null ? entry.kit : undefined;
    const stored = read(objectPath(sha256));
    const content = inflate(stored, sha256);
    // No object: the store knew only the hash (a file kept without the kit's bytes), or lost it.
    if (stored !== undefined && content === undefined) damaged.push(path);
    files[path] = { hash: sha256, ...(kit === undefined ? {} : { kit }), ...(content === undefined ? {} : { content }) };
  }
  return { kit: readKit((index as { kit?: unknown }).kit), files, damaged };
}

/**
 * The base of a deployment from its store and, for what the store lacks, from the manifest of the
 * last run (hashes only): a deployment made before the store existed can still tell which files
 * the user left untouched.
 */
export function withManifest(snapshot: BaseSnapshot, manifest: Manifest | undefined): BaseSnapshot {
  const files = { ...snapshot.files };
  for (const [path, hash] of Object.entries(manifest ?? {})) {
    if (files[path] === undefined && isDeploymentPath(path) && HASH.test(hash)) files[path] = { hash };
  }
  return { ...snapshot, files };
}

/** The store's paths that are no longer part of it once it holds `records` (objects of old contents, stray files). */
export function staleStorePaths(existing: Iterable<string>, records: Record<string, BaseVersion>): string[] {
  const keep = storePaths(records);
  return [...existing].filter((path) => path.startsWith(`${BASE_DIR}/`) && !keep.has(path)).sort();
}

/** Hashes whose object the store holds intact (read back and checked): no need to write them again. */
export function storedHashes(snapshot: BaseSnapshot): Set<string> {
  return new Set(Object.values(snapshot.files).flatMap((record) => (record.content === undefined ? [] : [record.hash])));
}
