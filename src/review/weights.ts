import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ValidateFunction } from 'ajv';
import weightsSchema from '../../schemas/review-weights.schema.json' with { type: 'json' };
import { createAjv } from '../config/ajv.js';
import { dataDir } from '../paths.js';
import type { ReviewWeights } from './types.js';
import { CATEGORY_IDS } from './types.js';

export const REVIEW_WEIGHTS_SCHEMA = weightsSchema;
export const REVIEW_WEIGHTS_FILE = join(dataDir, 'review-weights.yaml');

let validator: ValidateFunction<ReviewWeights> | undefined;

/** Problems that the schema cannot express: every category once, every check id once. */
function weightsProblems(weights: ReviewWeights): string[] {
  const problems: string[] = [];
  const categories = weights.categories.map((c) => c.id);
  for (const id of CATEGORY_IDS) if (categories.filter((c) => c === id).length !== 1) problems.push(`category ${id} must appear exactly once`);
  const seen = new Set<string>();
  for (const check of weights.checks) {
    if (seen.has(check.id)) problems.push(`check ${check.id} appears twice`);
    seen.add(check.id);
  }
  return problems;
}

/** Parses and validates review weights (YAML text). Throws with every problem on invalid data. */
export function parseReviewWeights(text: string): ReviewWeights {
  validator ??= createAjv().compile<ReviewWeights>(weightsSchema);
  const data: unknown = parse(text);
  if (!validator(data)) {
    throw new Error(`invalid review weights: ${(validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`).join('; ')}`);
  }
  const problems = weightsProblems(data);
  if (problems.length > 0) throw new Error(`invalid review weights: ${problems.join('; ')}`);
  return data;
}

let cached: ReviewWeights | undefined;

/** The shipped weights (data/review-weights.yaml), read and validated once per process. */
export function defaultReviewWeights(): ReviewWeights {
  cached ??= parseReviewWeights(readFileSync(REVIEW_WEIGHTS_FILE, 'utf8'));
  return cached;
}
