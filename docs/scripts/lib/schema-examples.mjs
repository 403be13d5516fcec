/**
 * Example values for the configuration reference: each field's value in a real document of its
 * schema (the Badung example's deployment, the review of it, or the kit's own data files).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Where a real document of each schema is found: in the example deployment, its review, or the repository. */
export const SCHEMA_SAMPLES = {
  'region.schema.json': { deployment: 'mpp.yaml' },
  'checklist.schema.json': { deployment: 'checklist/checklist.yaml' },
  'layout.schema.json': { deployment: 'layout/layout.yaml' },
  'app-config.schema.json': { deployment: 'app/app-config.json' },
  'review.schema.json': { review: true },
  'checklist-catalogue.schema.json': { repo: 'data/checklist-catalogue.yaml' },
  'rules.schema.json': { repo: 'data/rules.yaml' },
  'review-weights.schema.json': { repo: 'data/review-weights.yaml' },
  'typical-agencies.schema.json': { repo: 'data/typical-agencies.yaml' },
};

/** The parsed sample document of a schema, or undefined. `where` = { deploymentDir, repoRoot, reviewReport }. */
export function loadSample(fileName, { deploymentDir, repoRoot, reviewReport }) {
  const source = SCHEMA_SAMPLES[fileName];
  if (!source) return undefined;
  if (source.review) return reviewReport;
  const file = source.deployment ? deploymentDir && join(deploymentDir, source.deployment) : repoRoot && join(repoRoot, source.repo);
  if (!file || !existsSync(file)) return undefined;
  return parse(readFileSync(file, 'utf8'));
}

/** The segments of a reference path: `agencies[].name` -> ['agencies', '[]', 'name']; `*` and `/pattern/` kept. */
export function pathSegments(path) {
  return [...path.matchAll(/\/(?:[^/\\]|\\.)*\/|\[\]|[^.[\]]+/g)].map((m) => m[0]);
}

/** Every value found at `path` in `doc` (array items and map values all followed), in document order. */
export function valuesAt(doc, path) {
  let values = [doc];
  for (const segment of pathSegments(path)) {
    const next = [];
    for (const value of values) {
      if (value === null || typeof value !== 'object') continue;
      if (segment === '[]') {
        if (Array.isArray(value)) next.push(...value);
      } else if (segment === '*') {
        if (!Array.isArray(value)) next.push(...Object.values(value));
      } else if (segment.startsWith('/') && segment.endsWith('/') && segment.length > 1) {
        let pattern;
        try {
          pattern = new RegExp(segment.slice(1, -1));
        } catch {
          continue;
        }
        for (const [key, child] of Object.entries(value)) if (pattern.test(key)) next.push(child);
      } else if (!Array.isArray(value) && Object.hasOwn(value, segment)) {
        next.push(value[segment]);
      }
    }
    values = next;
  }
  return values;
}

const MAX_EXAMPLE = 120;

/**
 * The first value at `path` shown as one line (strings as they are, other values as JSON), cut to
 * 120 characters; undefined for objects (their fields have their own examples) and missing values.
 */
export function exampleAt(doc, path) {
  if (doc === undefined) return undefined;
  for (const value of valuesAt(doc, path)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'object' && !Array.isArray(value)) continue;
    if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const line = text.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    return line.length > MAX_EXAMPLE ? `${line.slice(0, MAX_EXAMPLE - 1)}…` : line;
  }
  return undefined;
}
