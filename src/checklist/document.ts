import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { ChecklistFile, Citation } from '../generated/checklist.types.js';
import { checklistRows, citationLabel, type ChecklistRow } from './rows.js';
import { summarizeChecklist, type ChecklistSummary } from './summary.js';
import { regionTitle } from '../config/region-title.js';

/**
 * Rows of one phase as the printable page lays them out: a plain item is one row; the items one
 * catalogue entry gives per agency share a header (title, explanation, basis and evidence once)
 * followed by one short row per agency.
 */
export interface DocumentGroup {
  grouped: boolean;
  /** For a per-agency group: the texts common to its rows, with the agency's name left out. */
  header?: { activity: string; details: string[]; evidence: string; owner: string; legalBasis: string[]; due: string; blocking: boolean; count: number; label: string };
  rows: ChecklistRow[];
}

export interface DocumentRule {
  label: string;
  title: string;
  caveat?: string;
}

/** What the Markdown and HTML checklists show: plain texts (the templates escape them). */
export interface ChecklistDocument {
  lang: Lang;
  title: string;
  intro: string;
  /** Who organises, with the short name the owner column uses. */
  organiser: string;
  launch: string;
  summaryLine: string;
  summary: ChecklistSummary;
  /** The operating view's note, when the MPP is operating. */
  operating?: string;
  phases: Array<{ no: number; title: string; line: string; rows: ChecklistRow[]; groups: DocumentGroup[] }>;
  rules: DocumentRule[];
  rulesNote: string;
  labels: Record<'blocksLaunch' | 'due' | 'status' | 'owner' | 'evidence' | 'legalBasis' | 'notes' | 'no' | 'activity' | 'id' | 'rulesTitle' | 'evidenceGiven' | 'reviewer', string>;
}

function citedRules(checklist: ChecklistFile, lang: Lang): DocumentRule[] {
  const seen = new Map<string, Citation>();
  for (const item of checklist.items) for (const c of [...item.legalBasis, ...(item.examples ?? [])]) if (!seen.has(c.rule)) seen.set(c.rule, c);
  return [...seen.values()]
    .sort((a, b) => (a.citation < b.citation ? -1 : a.citation > b.citation ? 1 : 0))
    .map((c) => ({ label: citationLabel(c, lang), title: c.title, ...(c.caveat ? { caveat: c.caveat[lang] } : {}) }));
}

/** `text` with every occurrence of `name` replaced (plain text, no pattern). */
function without(text: string, name: string, replacement: string): string {
  if (name === '') return text;
  const out = text.split(name).join(replacement);
  // A sentence that opened with the name opens with the replacement: keep its capital.
  return text.startsWith(name) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/**
 * A short name for the organiser in the owner column: the acronym it carries in parentheses
 * (`Dinas ... (DPMPTSP) Kabupaten X` -> `DPMPTSP`), else the full name.
 */
export function organiserShort(organiser: string): string {
  const acronym = /\(([A-Z][A-Z0-9-]{1,15})\)/.exec(organiser);
  return acronym ? acronym[1] : organiser;
}

function shortenOwners(rows: ChecklistRow[], organiser: string): ChecklistRow[] {
  const short = organiserShort(organiser);
  if (short === organiser) return rows;
  return rows.map((row) => ({ ...row, owner: without(row.owner, organiser, short) }));
}

/** Consecutive per-agency items of the same catalogue entry become one group; other items stand alone. */
export function groupRows(items: ChecklistFile['items'], rows: ChecklistRow[], lang: Lang): DocumentGroup[] {
  const groups: DocumentGroup[] = [];
  let index = 0;
  while (index < items.length) {
    const entry = items[index].id.split('/')[0];
    let end = index + 1;
    if (items[index].subject) while (end < items.length && items[end].subject && items[end].id.split('/')[0] === entry) end++;
    if (end - index < 2) {
      groups.push({ grouped: false, rows: [rows[index]] });
      index = end;
      continue;
    }
    const first = items[index];
    const name = first.subject!.name;
    const other = t(lang, 'checklist.group.thisAgency');
    const sameDue = rows.slice(index, end).every((r) => r.due === rows[index].due);
    const owner = without(first.ownerRole[lang], name, other);
    const groupRows = rows.slice(index, end).map((row, i) => {
      const item = items[index + i];
      // The owner repeats the header's with the agency's name: leave it out of the short row.
      const sameOwner = item.subject && without(item.ownerRole[lang], item.subject.name, other) === owner;
      return sameOwner ? { ...row, owner: '' } : row;
    });
    groups.push({
      grouped: true,
      header: {
        activity: without(first.title[lang], name, '…'),
        details: [without(first.explanation[lang], name, other)],
        evidence: without(first.evidence[lang], name, other),
        owner: rows[index].owner === first.ownerRole[lang] ? owner : without(rows[index].owner, name, other),
        legalBasis: rows[index].legalBasis,
        due: sameDue ? rows[index].due : '',
        blocking: first.blocksLaunch && first.confirmMet !== true,
        count: end - index,
        label: t(lang, 'checklist.group.perAgency'),
      },
      rows: groupRows,
    });
    index = end;
  }
  return groups;
}

export function checklistDocument(checklist: ChecklistFile, lang: Lang): ChecklistDocument {
  const summary = summarizeChecklist(checklist);
  const rows = shortenOwners(checklistRows(checklist, lang), checklist.region.organiser);
  const byId = new Map(checklist.items.map((item, i) => [item.id, rows[i]]));
  return {
    lang,
    title: t(lang, 'checklist.title', { region: regionTitle(checklist.region) }),
    intro: t(lang, 'checklist.intro', { mpp: checklist.region.mpp }),
    organiser: t(lang, 'checklist.organiser', { organiser: checklist.region.organiser, short: organiserShort(checklist.region.organiser) }),
    launch: checklist.launchDate ? t(lang, 'checklist.launchDate', { date: checklist.launchDate }) : t(lang, 'checklist.noLaunchDate'),
    ...(checklist.operating
      ? {
          operating: t(lang, 'checklist.operating', {
            asOf: checklist.operating.asOf,
            source: t(lang, `checklist.asOf.${checklist.operating.asOfSource}`),
            launch: checklist.launchDate ?? t(lang, 'checklist.launchUnknown'),
          }),
        }
      : {}),
    summaryLine: t(lang, 'checklist.summary', { applicable: summary.applicable, done: summary.done, blockingOpen: summary.blockingOpen }),
    summary,
    phases: checklist.phases.map((phase, index) => {
      const p = summary.perPhase[index];
      const items = checklist.items.filter((item) => item.phase === phase.id);
      const phaseRows = items.map((item) => byId.get(item.id) as ChecklistRow);
      return {
        no: index + 1,
        title: phase.title[lang],
        line: t(lang, 'checklist.summaryPhase', { phase: phase.title[lang], done: p.done, applicable: p.applicable, blockingOpen: p.blockingOpen }),
        rows: phaseRows,
        groups: groupRows(items, phaseRows, lang),
      };
    }),
    rules: citedRules(checklist, lang),
    rulesNote: t(lang, 'checklist.rulesNote'),
    labels: {
      blocksLaunch: t(lang, 'checklist.col.blocksLaunch'),
      due: t(lang, 'checklist.col.due'),
      status: t(lang, 'checklist.col.status'),
      owner: t(lang, 'checklist.col.owner'),
      evidence: t(lang, 'checklist.col.evidence'),
      legalBasis: t(lang, 'checklist.col.legalBasis'),
      notes: t(lang, 'checklist.col.notes'),
      no: t(lang, 'checklist.col.no'),
      activity: t(lang, 'checklist.col.activity'),
      id: t(lang, 'checklist.col.id'),
      rulesTitle: t(lang, 'checklist.rulesTitle'),
      evidenceGiven: t(lang, 'checklist.col.evidenceGiven'),
      reviewer: t(lang, 'checklist.col.reviewer'),
    },
  };
}
