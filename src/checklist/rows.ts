import { t, pick } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { ChecklistFile, Citation, Item } from '../generated/checklist.types.js';
import { standardComponent } from './components.js';
import { evidenceCount, isVerified } from './evidence.js';

/** One checklist item as a civil servant reads it: plain texts in one language (not yet escaped). */
export interface ChecklistRow {
  no: number;
  id: string;
  phase: string;
  activity: string;
  /** Explanation, then one line per service with missing components, then the retired note. */
  details: string[];
  /** The same, with the missing components summarized in one line (for the printable page). */
  shortDetails: string[];
  /** The subject agency's name, for per-agency items. */
  subject?: string;
  legalBasis: string[];
  examples: string[];
  owner: string;
  evidence: string;
  blocksLaunch: string;
  blocking: boolean;
  due: string;
  status: string;
  notes: string;
  applies: boolean;
  rawStatus: Item['status'];
  /** What the region gave as evidence (files, links, note, date), in one line; empty when nothing. */
  evidenceGiven: string;
  /** The reviewer's verdict and note, in one line; empty when not reviewed. */
  reviewer: string;
  verified: boolean;
  /** An operating MPP confirms this item is already met. */
  confirm: boolean;
}

/** `PermenPANRB 92/2021`, with `(perlu dikonfirmasi)` for a rule not verified. */
export function citationLabel(citation: Citation, lang: Lang): string {
  return citation.status === 'to-confirm' ? `${citation.citation} (${t(lang, 'checklist.toConfirm')})` : citation.citation;
}

export function dueLabel(item: Item, lang: Lang): string {
  if (item.confirmMet) return t(lang, 'checklist.due.confirm');
  if (item.recurs && item.dueDate) return t(lang, 'checklist.due.recurring', { months: item.recurs.everyMonths, date: item.dueDate });
  if (item.dueDate) return item.dueDate;
  if (item.dueWeeksBefore === 0) return t(lang, 'checklist.due.at');
  return item.dueWeeksBefore > 0
    ? t(lang, 'checklist.due.before', { weeks: item.dueWeeksBefore })
    : t(lang, 'checklist.due.after', { weeks: -item.dueWeeksBefore });
}

export function statusLabel(status: Item['status'], lang: Lang): string {
  return t(lang, `checklist.status.${status}`);
}

export function gapLines(item: Item, lang: Lang): string[] {
  return (item.gaps ?? []).map((gap) =>
    t(lang, 'checklist.gap', {
      service: gap.serviceName,
      missing: gap.missing.map((key) => pick(lang, standardComponent(key).label).toLowerCase()).join(', '),
    }),
  );
}

/** One line per estimated figure an item asks to confirm: the service, the value used and where it came from. */
export function estimateLines(item: Item, lang: Lang): string[] {
  return (item.estimates ?? []).map((e) =>
    t(lang, 'checklist.estimate', { subject: e.serviceName ?? t(lang, `checklist.estimateFigure.${e.figure}`), value: String(e.value), note: pick(lang, e.note) }),
  );
}

/** All estimated figures of an item in one line (the printable checklist): how many, then subject and value each. */
export function estimateSummary(item: Item, lang: Lang): string[] {
  const estimates = item.estimates ?? [];
  if (estimates.length === 0) return [];
  const subjects = estimates.map((e) => `${e.serviceName ?? t(lang, `checklist.estimateFigure.${e.figure}`)} ≈ ${String(e.value)}`).join('; ');
  return [t(lang, 'checklist.estimateSummary', { count: estimates.length, subjects })];
}

/** The evidence the region gave, as one line (`2 berkas: a.pdf, b.jpg; 1 tautan; catatan; 2024-05-01`). */
export function evidenceLine(item: Item, lang: Lang): string {
  const given = item.evidenceProvided;
  if (!given) return '';
  const parts: string[] = [];
  if (given.files?.length) parts.push(t(lang, 'checklist.evidence.files', { count: given.files.length, list: given.files.join(', ') }));
  if (given.urls?.length) parts.push(t(lang, 'checklist.evidence.urls', { count: given.urls.length, list: given.urls.join(', ') }));
  if (given.note) parts.push(given.note);
  if (given.date) parts.push(given.date);
  return parts.join('; ');
}

/** The reviewer's verdict, as one line, with whether the item counts as verified. */
export function reviewerLine(item: Item, lang: Lang): string {
  if (!item.reviewerStatus) return item.reviewerNote ? item.reviewerNote : '';
  const verdict = t(lang, `checklist.reviewer.${item.reviewerStatus}`);
  const verified = isVerified(item) ? t(lang, 'checklist.reviewer.verified') : item.reviewerStatus === 'sesuai' && evidenceCount(item) === 0 ? t(lang, 'checklist.reviewer.noEvidence') : '';
  return [verdict, verified, item.reviewerNote ?? ''].filter((p) => p !== '').join('; ');
}

/** All gaps of an item in one line: how many services, the components counted, the service names. */
export function gapSummary(item: Item, lang: Lang): string[] {
  const gaps = item.gaps ?? [];
  if (gaps.length === 0) return [];
  const counts = new Map<string, number>();
  for (const gap of gaps) for (const key of gap.missing) counts.set(key, (counts.get(key) ?? 0) + 1);
  const missing = [...counts]
    .map(([key, count]) => `${pick(lang, standardComponent(key as Parameters<typeof standardComponent>[0]).label).toLowerCase()} ${count}`)
    .join(', ');
  return [t(lang, 'checklist.gapSummary', { count: gaps.length, missing, services: gaps.map((g) => g.serviceName).join('; ') })];
}

/** The rows of the checklist in file order, numbered from 1. */
export function checklistRows(checklist: ChecklistFile, lang: Lang): ChecklistRow[] {
  const phaseTitles = new Map(checklist.phases.map((p) => [p.id, pick(lang, p.title)]));
  return checklist.items.map((item, index) => {
    const examples = (item.examples ?? []).map((c) => `${c.citation} (${c.title})`);
    return {
    no: index + 1,
    id: item.id,
    phase: phaseTitles.get(item.phase) ?? item.phase,
    activity: pick(lang, item.title),
    details: [
      pick(lang, item.explanation),
      ...gapLines(item, lang),
      ...estimateLines(item, lang),
      ...(examples.length > 0 ? [`${t(lang, 'checklist.example')}: ${examples.join('; ')}`] : []),
      ...(item.applies ? [] : [t(lang, 'checklist.retired')]),
    ],
    shortDetails: [
      pick(lang, item.explanation),
      ...gapSummary(item, lang),
      ...estimateSummary(item, lang),
      ...(examples.length > 0 ? [`${t(lang, 'checklist.example')}: ${examples.join('; ')}`] : []),
      ...(item.applies ? [] : [t(lang, 'checklist.retired')]),
    ],
    ...(item.subject ? { subject: item.subject.name } : {}),
    legalBasis: item.legalBasis.map((c) => citationLabel(c, lang)),
    examples,
    owner: pick(lang, item.ownerRole),
    evidence: pick(lang, item.evidence),
    blocksLaunch: t(lang, item.blocksLaunch ? 'checklist.yes' : 'checklist.no'),
    blocking: item.blocksLaunch,
    due: dueLabel(item, lang),
    status: statusLabel(item.status, lang),
    notes: item.notes ?? '',
    applies: item.applies,
    rawStatus: item.status,
    evidenceGiven: evidenceLine(item, lang),
    reviewer: reviewerLine(item, lang),
    verified: isVerified(item),
    confirm: item.confirmMet === true,
    };
  });
}

/** Column headers in the order of the table files (CSV, XLSX). */
export function columnHeaders(lang: Lang): string[] {
  return (['no', 'phase', 'activity', 'details', 'legalBasis', 'owner', 'evidence', 'blocksLaunch', 'due', 'status', 'notes', 'id', 'evidenceGiven', 'reviewer'] as const).map(
    (key) => t(lang, `checklist.col.${key}`),
  );
}

/** One row as the cells of the table files, in `columnHeaders` order. */
export function rowCells(row: ChecklistRow): Array<string | number> {
  return [row.no, row.phase, row.activity, row.details.join('\n'), row.legalBasis.join('; '), row.owner, row.evidence, row.blocksLaunch, row.due, row.status, row.notes, row.id, row.evidenceGiven, row.reviewer];
}
