import type { ValidateFunction } from 'ajv';
import reviewSchema from '../../schemas/review.schema.json' with { type: 'json' };
import { precompiled } from '../config/precompiled.js';
import { validate as reviewValidator } from '../generated/review.validator.js';

export const REVIEW_SCHEMA = reviewSchema;

/** Validator of `mpp review --format json` output (a review report or a diff report), precompiled. */
export function reviewOutputValidator(): ValidateFunction {
  return precompiled(reviewValidator);
}
