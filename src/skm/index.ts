export { computeSkm, SkmInputError, type SkmResult } from './compute.js';
export { skmBand, SKM_BANDS, SKM_CONVERSION_FACTOR, type SkmBand, type SkmGrade } from './grade.js';
export { SKM_UNSUR, SKM_UNSUR_COUNT, type SkmUnsur } from './questionnaire.js';
