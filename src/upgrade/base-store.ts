import { gunzipSync, gzipSync } from 'node:zlib';
import semver from 'semver';
import type { DeploymentFiles } from '../deployment/files.js';
import type { KitInfo } from '../deployment/kit.js';
import type { Manifest } from '../deployment/manifest.js';
import { hashOf, toBytes } from './content.js';
import type { BaseVersion } from './plan-file.js';
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

/**
 * gzip at level 9 with the header's OS byte set to 255 ("unknown", RFC 1952), so that the same
 * content gives the same object on every platform (the modification time is already 0).
 */
function gzip(bytes: Uint8Array): Uint8Array {
  const out = gzipSync(bytes, { level: 9 });
  out[9] = 0xff;
  return out;
}

/**
 * The store's files for the given records (path -> what the kit wrote), keyed by deployment path,
 * to be written like the deployment's own files. Deterministic: sorted index, one object per
 * distinct content. A record without content keeps its hash in the index (the file was not
 * written by the kit this time and its old bytes are not at hand).
 */
export function baseStoreFiles(records: Record<string, BaseVersion>, kit: KitInfo): DeploymentFiles {
  const out: DeploymentFiles = {};
  const files: BaseIndex['files'] = {};
  for (const path of Object.keys(records).sort()) {
    if (!isDeploymentPath(path)) continue;
    const record = records[path];
    const sha256 = record.content === undefined ? record.hash : hashOf(record.content);
    files[path] = record.kit === undefined ? { sha256 } : { sha256, kit: record.kit };
    if (record.content !== undefined) out[objectPath(sha256)] ??= gzip(toBytes(record.content));
  }
  const index: BaseIndex = { format: BASE_FORMAT, kit: { kit: kit.kit, version: kit.version }, files };
  out[BASE_INDEX] = serializeJson(index);
  return out;
}

/** Records for a run that wrote every file the kit made (a first run, or `--force`). */
export function baseRecordsOf(files: DeploymentFiles, kitVersion: string): Record<string, BaseVersion> {
  const out: Record<string, BaseVersion> = {};
  for (const path of Object.keys(files).sort()) out[path] = { hash: hashOf(files[path]), kit: kitVersion, content: files[path] };
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
 * index gives no base and names it in `damaged`; an entry whose object is missing or does not
 * match its hash keeps the hash only (the plan can still tell an unedited file, but not merge it).
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
    const content = inflate(read(objectPath(sha256)), sha256);
    if (content === undefined) damaged.push(path);
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

/** The store's paths that are no longer part of it once `files` are written (objects of old contents). */
export function staleStorePaths(existing: Iterable<string>, files: DeploymentFiles): string[] {
  return [...existing].filter((path) => path.startsWith(`${BASE_DIR}/`) && files[path] === undefined).sort();
}
