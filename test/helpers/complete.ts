import type { RegionAnswers } from '../../src/generated/region.types.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { validateRegion } from '../../src/config/load.js';
import { completeRegion } from '../../src/complete/complete.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';

/**
 * Answers the way the deployment sees them: validated (ids derived) and completed (every figure
 * present, with its provenance). Throws on invalid answers. A region that is already completed is
 * returned as it is.
 */
export function done(answers: RegionAnswers | ValidRegion | CompletedRegion): CompletedRegion {
  if ('provenance' in answers) return answers as CompletedRegion;
  const valid = validateRegion(answers, { lang: 'en' });
  if (!valid.ok) throw new Error(`invalid test region: ${JSON.stringify(valid.issues, null, 2)}`);
  return completeRegion(valid.value);
}
