import { t } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/types.js';
import type { IndexEstimate, PekpppAssessment } from '../../instruments/pekppp.js';

/** The PEKPPP pre-assessment as plain strings in one language, for every renderer. */

export function formatIndex(value: number | undefined, lang: Lang): string {
  if (value === undefined) return t(lang, 'instrument.noIndex');
  const text = value.toFixed(2);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** `B (Baik)` or `-`: the grade of an estimate, with its label. */
export function gradeText(estimate: IndexEstimate, lang: Lang): string {
  return estimate.grade ? `${estimate.grade} (${estimate.gradeLabel?.[lang] ?? ''})` : t(lang, 'instrument.noIndex');
}

/** One sentence: the estimate, its grade, how much rests on the kit's data, and the range. */
export function pekpppSummary(assessment: PekpppAssessment, lang: Lang): string {
  const e = assessment.self;
  const params = {
    index: formatIndex(e.index, lang),
    grade: gradeText(e, lang),
    label: assessment.label[lang],
    derived: e.derived,
    total: e.weighted,
    coverage: String(e.coverage).replace('.', lang === 'id' ? ',' : '.'),
    low: formatIndex(e.low, lang),
    high: formatIndex(e.high, lang),
  };
  return e.index === undefined ? t(lang, 'instrument.summaryNone', params) : t(lang, 'instrument.summary', params);
}

export function pekpppReviewerLine(assessment: PekpppAssessment, lang: Lang): string {
  return t(lang, 'instrument.summaryReviewer', { derived: assessment.reviewer.derived, index: formatIndex(assessment.reviewer.index, lang) });
}

export interface IndicatorRow {
  no: number;
  aspect: string;
  title: string;
  weight: number;
  indexWeight: string;
  self: string;
  reviewer: string;
  basis: string;
  levelText: string;
  reason: string;
  known: string[];
  evidenceAsked: string[];
  evidenceGiven: string[];
  derived: boolean;
  /** The level texts or evidence list are not settled by the sources. */
  toConfirm: boolean;
}

export function indicatorRows(assessment: PekpppAssessment, lang: Lang): IndicatorRow[] {
  return assessment.indicators.map((r) => ({
    no: r.no,
    aspect: `${r.aspectNo} ${r.aspectTitle[lang]}`,
    title: r.title[lang],
    weight: r.weight,
    indexWeight: formatIndex(r.indexWeight, lang),
    self: r.self === undefined ? t(lang, 'instrument.selfFill') : String(r.self),
    reviewer: r.reviewer === undefined ? '-' : String(r.reviewer),
    basis: t(lang, r.basis === 'derived' ? 'instrument.derived' : 'instrument.selfFill'),
    levelText: r.levelText ? r.levelText[lang] : '',
    reason: r.reason[lang],
    known: r.known.map((k) => k[lang]),
    evidenceAsked: r.evidenceAsked.map((e) => e[lang]),
    evidenceGiven: r.evidenceGiven,
    derived: r.basis === 'derived',
    toConfirm: r.toConfirm,
  }));
}
