import type { Item } from '../generated/checklist.types.js';

/**
 * The region's evidence and the reviewer's verdict on a checklist item. An item counts as verified
 * only when it carries evidence (a file inside the deployment or a link) AND the reviewer said
 * `sesuai`; the region's own `status: selesai` is its claim, shown beside the reviewer's.
 */

/** Files and links given as evidence (a note or a date alone is not evidence). */
export function evidenceCount(item: Pick<Item, 'evidenceProvided'>): number {
  return (item.evidenceProvided?.files?.length ?? 0) + (item.evidenceProvided?.urls?.length ?? 0);
}

export function hasEvidence(item: Pick<Item, 'evidenceProvided'>): boolean {
  return evidenceCount(item) > 0;
}

export function isVerified(item: Pick<Item, 'evidenceProvided' | 'reviewerStatus'>): boolean {
  return hasEvidence(item) && item.reviewerStatus === 'sesuai';
}

/** Applicable, required before the launch, not done, and not an operating MPP's confirmation. */
export function isBlockingOpen(item: Pick<Item, 'status' | 'blocksLaunch' | 'confirmMet'>): boolean {
  return item.status !== 'tidak-berlaku' && item.blocksLaunch && item.confirmMet !== true && item.status !== 'selesai';
}
