import { join } from 'node:path';
import weightsSchema from '../../schemas/review-weights.schema.json' with { type: 'json' };
import weightsData from '../generated/data/review-weights.json' with { type: 'json' };
import { dataDir } from '../paths.js';
import type { ReviewWeights } from './types.js';

export const REVIEW_WEIGHTS_SCHEMA = weightsSchema;
export const REVIEW_WEIGHTS_FILE = join(dataDir, 'review-weights.yaml');

/**
 * The shipped weights (data/review-weights.yaml), as the JSON scripts/gen-data.mjs makes of them:
 * checked by parseReviewWeights (weights-check.ts) in the test suite (test/schemas/generated-data.test.ts), not at start-up.
 */
export function defaultReviewWeights(): ReviewWeights {
  return weightsData as unknown as ReviewWeights;
}
