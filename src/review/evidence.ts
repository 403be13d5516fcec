import type { ChecklistFile } from '../generated/checklist.types.js';
import { hasEvidence, isBlockingOpen, isVerified } from '../checklist/evidence.js';
import { summarizeChecklist } from '../checklist/summary.js';
import { finding } from './finding.js';
import type { ChecklistReview, Finding } from './types.js';

/**
 * The checklist as the reviewer reads it: the region's status beside the reviewer's verdict, and
 * the counts that matter (an item is verified only with evidence AND the reviewer's `sesuai`).
 */
export function reviewChecklist(checklist: ChecklistFile): ChecklistReview {
  const summary = summarizeChecklist(checklist);
  const applicable = checklist.items.filter((i) => i.applies && i.status !== 'tidak-berlaku');
  return {
    items: checklist.items.length,
    applicable: summary.applicable,
    done: summary.done,
    withEvidence: summary.withEvidence,
    reviewed: applicable.filter((i) => i.reviewerStatus !== undefined).length,
    verified: summary.verified,
    blockingOpen: summary.blockingOpen,
    entries: checklist.items
      .filter((i) => hasEvidence(i) || i.reviewerStatus !== undefined || i.evidenceProvided?.note)
      .map((i) => ({
        id: i.id,
        title: i.title,
        phase: i.phase,
        status: i.status,
        evidence: [...(i.evidenceProvided?.files ?? []), ...(i.evidenceProvided?.urls ?? [])],
        ...(i.evidenceProvided?.note ? { evidenceNote: i.evidenceProvided.note } : {}),
        ...(i.evidenceProvided?.date ? { evidenceDate: i.evidenceProvided.date } : {}),
        ...(i.reviewerStatus ? { reviewerStatus: i.reviewerStatus } : {}),
        ...(i.reviewerNote ? { reviewerNote: i.reviewerNote } : {}),
        verified: isVerified(i),
        blocking: isBlockingOpen(i),
        confirm: i.confirmMet === true,
      })),
  };
}

/** One minor finding per evidence file the checklist names that the deployment folder lacks. */
export function missingEvidenceFindings(checklist: ChecklistFile, missing: ReadonlyArray<{ item: string; file: string }>): Finding[] {
  const index = new Map(checklist.items.map((item, i) => [item.id, i]));
  return missing.map(({ item, file }) => {
    const i = index.get(item) ?? 0;
    const entry = checklist.items[i];
    const fileIndex = entry.evidenceProvided?.files?.indexOf(file) ?? 0;
    return finding({
      code: 'evidence-file-missing',
      severity: 'minor',
      category: 'kelembagaan-regulasi',
      source: 'checklist',
      path: `items[${i}].evidenceProvided.files[${fileIndex}]`,
      ...(entry.subject ? { agency: entry.subject.id } : {}),
      params: entry.subject ? { file, itemId: item, agency: entry.subject.name } : { file, itemId: item },
      localParams: { id: { item: entry.title.id }, en: { item: entry.title.en } },
    });
  });
}
