import { SKM_BANDS, SKM_CONVERSION_FACTOR, SKM_UNSUR } from '../skm/index.js';
import type { Survey } from '../generated/app-config.types.js';
import { both } from './localize.js';

/** The SKM questionnaire (PermenPANRB 14/2017) as the application needs it: fixed, region-independent. */
export function planSurvey(): Survey {
  return {
    basis: 'PermenPANRB 14/2017',
    frequency: both('appconfig.survey.frequency'),
    scale: { min: 1, max: 4 },
    unsur: SKM_UNSUR.map((u) => ({
      no: u.no,
      key: u.key,
      label: { ...u.label },
      question: { ...u.question },
      answers: u.answers.map((label, i) => ({ value: i + 1, label: { ...label } })),
    })),
    formula: both('appconfig.survey.formula'),
    conversionFactor: SKM_CONVERSION_FACTOR as 25,
    rounding: both('appconfig.survey.rounding'),
    bands: SKM_BANDS.map((b) => ({ grade: b.grade, min: b.min, max: b.max, quality: { ...b.quality } })),
  };
}
