import type { ValidateFunction } from 'ajv';
import reviewSchema from '../../schemas/review.schema.json' with { type: 'json' };
import { createAjv } from '../config/ajv.js';

export const REVIEW_SCHEMA = reviewSchema;

let validator: ValidateFunction | undefined;

/** Validator of `mpp review --format json` output (a review report or a diff report). */
export function reviewOutputValidator(): ValidateFunction {
  validator ??= createAjv().compile(reviewSchema);
  return validator;
}
