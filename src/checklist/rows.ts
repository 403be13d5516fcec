import { t, pick } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { ChecklistFile, Citation, Item } from './checklist.types.js';
import { standardComponent } from './components.js';

/** One checklist item as a civil servant reads it: plain texts in one language (not yet escaped). */
export interface ChecklistRow {
  no: number;
  id: string;
  phase: string;
  activity: string;
  /** Explanation, then one line per service with missing components, then the retired note. */
  details: string[];
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
}

/** `PermenPANRB 92/2021`, with `(perlu dikonfirmasi)` for a rule not verified. */
export function citationLabel(citation: Citation, lang: Lang): string {
  return citation.status === 'to-confirm' ? `${citation.citation} (${t(lang, 'checklist.toConfirm')})` : citation.citation;
}

export function dueLabel(item: Item, lang: Lang): string {
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
    };
  });
}

/** Column headers in the order of the table files (CSV, XLSX). */
export function columnHeaders(lang: Lang): string[] {
  return (['no', 'phase', 'activity', 'details', 'legalBasis', 'owner', 'evidence', 'blocksLaunch', 'due', 'status', 'notes', 'id'] as const).map(
    (key) => t(lang, `checklist.col.${key}`),
  );
}

/** One row as the cells of the table files, in `columnHeaders` order. */
export function rowCells(row: ChecklistRow): Array<string | number> {
  return [row.no, row.phase, row.activity, row.details.join('\n'), row.legalBasis.join('; '), row.owner, row.evidence, row.blocksLaunch, row.due, row.status, row.notes, row.id];
}
