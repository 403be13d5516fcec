import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { ChecklistFile, Citation } from '../generated/checklist.types.js';
import { checklistRows, citationLabel, type ChecklistRow } from './rows.js';
import { summarizeChecklist, type ChecklistSummary } from './summary.js';
import { regionTitle } from '../config/region-title.js';

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
  launch: string;
  summaryLine: string;
  summary: ChecklistSummary;
  phases: Array<{ no: number; title: string; line: string; rows: ChecklistRow[] }>;
  rules: DocumentRule[];
  rulesNote: string;
  labels: Record<'blocksLaunch' | 'due' | 'status' | 'owner' | 'evidence' | 'legalBasis' | 'notes' | 'no' | 'activity' | 'id' | 'rulesTitle', string>;
}

function citedRules(checklist: ChecklistFile, lang: Lang): DocumentRule[] {
  const seen = new Map<string, Citation>();
  for (const item of checklist.items) for (const c of [...item.legalBasis, ...(item.examples ?? [])]) if (!seen.has(c.rule)) seen.set(c.rule, c);
  return [...seen.values()]
    .sort((a, b) => (a.citation < b.citation ? -1 : a.citation > b.citation ? 1 : 0))
    .map((c) => ({ label: citationLabel(c, lang), title: c.title, ...(c.caveat ? { caveat: c.caveat[lang] } : {}) }));
}

export function checklistDocument(checklist: ChecklistFile, lang: Lang): ChecklistDocument {
  const summary = summarizeChecklist(checklist);
  const rows = checklistRows(checklist, lang);
  const byId = new Map(checklist.items.map((item, i) => [item.id, rows[i]]));
  return {
    lang,
    title: t(lang, 'checklist.title', { region: regionTitle(checklist.region) }),
    intro: t(lang, 'checklist.intro', { mpp: checklist.region.mpp }),
    launch: checklist.launchDate ? t(lang, 'checklist.launchDate', { date: checklist.launchDate }) : t(lang, 'checklist.noLaunchDate'),
    summaryLine: t(lang, 'checklist.summary', { applicable: summary.applicable, done: summary.done, blockingOpen: summary.blockingOpen }),
    summary,
    phases: checklist.phases.map((phase, index) => {
      const p = summary.perPhase[index];
      return {
        no: index + 1,
        title: phase.title[lang],
        line: t(lang, 'checklist.summaryPhase', { phase: phase.title[lang], done: p.done, applicable: p.applicable, blockingOpen: p.blockingOpen }),
        rows: checklist.items.filter((item) => item.phase === phase.id).map((item) => byId.get(item.id) as ChecklistRow),
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
    },
  };
}
