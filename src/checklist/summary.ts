import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { ChecklistFile, Item, Localized, PhaseId } from '../generated/checklist.types.js';
import { hasEvidence, isBlockingOpen, isVerified } from './evidence.js';

export interface PhaseSummary {
  phase: PhaseId;
  title: Localized;
  total: number;
  applicable: number;
  done: number;
  blockingOpen: number;
  /** Applicable items with a file or link as evidence. */
  withEvidence: number;
  /** Applicable items with evidence and the reviewer's `sesuai`. */
  verified: number;
}

/** Headline figures of a checklist, for the region README and the end of a CLI run. */
export interface ChecklistSummary {
  /** All items, including those no longer applicable. */
  total: number;
  /** Items whose status is not `tidak-berlaku`. */
  applicable: number;
  /** Items with status `selesai`. */
  done: number;
  /** Applicable items that must be done before launch and are not `selesai` (an operating MPP's confirmations excluded). */
  blockingOpen: number;
  withEvidence: number;
  verified: number;
  perPhase: PhaseSummary[];
}

function counts(items: Item[]): Omit<PhaseSummary, 'phase' | 'title'> {
  const applicable = items.filter((i) => i.status !== 'tidak-berlaku');
  return {
    total: items.length,
    applicable: applicable.length,
    done: applicable.filter((i) => i.status === 'selesai').length,
    blockingOpen: applicable.filter(isBlockingOpen).length,
    withEvidence: applicable.filter(hasEvidence).length,
    verified: applicable.filter(isVerified).length,
  };
}

export function summarizeChecklist(checklist: ChecklistFile): ChecklistSummary {
  return {
    ...counts(checklist.items),
    perPhase: checklist.phases.map((phase) => ({
      phase: phase.id,
      title: phase.title,
      ...counts(checklist.items.filter((i) => i.phase === phase.id)),
    })),
  };
}

/** The summary as text lines (headline, then one line per phase), for the CLI and the region README. */
export function checklistSummaryLines(summary: ChecklistSummary, lang: Lang): string[] {
  return [
    t(lang, 'checklist.summary', { applicable: summary.applicable, done: summary.done, blockingOpen: summary.blockingOpen }),
    ...summary.perPhase.map((p) =>
      t(lang, 'checklist.summaryPhase', { phase: p.title[lang], done: p.done, applicable: p.applicable, blockingOpen: p.blockingOpen }),
    ),
  ];
}
