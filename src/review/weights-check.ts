import { parse } from 'yaml';
import { validate as weightsValidator } from '../generated/review-weights.validator.js';
import { precompiled } from '../config/precompiled.js';
import type { ReviewWeights } from './types.js';
import { CATEGORY_IDS } from './types.js';

/* Checking weights given as text (the test suite checks the shipped file with it); a module of its
   own so that a review, which reads the shipped weights as generated JSON, loads no validator. */

const validator = precompiled<ReviewWeights>(weightsValidator);

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
  const data: unknown = parse(text);
  if (!validator(data)) {
    throw new Error(`invalid review weights: ${(validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`).join('; ')}`);
  }
  const problems = weightsProblems(data);
  if (problems.length > 0) throw new Error(`invalid review weights: ${problems.join('; ')}`);
  return data;
}
