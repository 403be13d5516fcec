import { t, type MessageKey } from '../../i18n/catalogue.js';
import { finding } from '../finding.js';
import { runChecks, statusCredit, type CheckContext } from '../checks.js';
import type { CategoryResult } from '../types.js';

/**
 * Kelembagaan & regulasi. With a checklist: the statuses of the items in `weights.institutionalPhases`
 * (credit per status from the weights); an item that blocks the launch and is not done is a blocker,
 * an item not started is minor. Without a checklist: the answers' checks of this category.
 */
export function assessInstitutional(ctx: CheckContext): CategoryResult {
  const { checklist, weights } = ctx;
  if (!checklist) return runChecks('kelembagaan-regulasi', ctx);
  const phases = new Set(weights.institutionalPhases);
  const findings: CategoryResult['findings'] = [];
  let met = 0;
  let total = 0;
  checklist.items.forEach((item, index) => {
    if (!phases.has(item.phase)) return;
    const credit = statusCredit(weights, item);
    if (credit === undefined) return;
    met += credit;
    total += 1;
    const local = { id: { item: item.title.id, owner: item.ownerRole.id, evidence: item.evidence.id }, en: { item: item.title.en, owner: item.ownerRole.en, evidence: item.evidence.en } };
    const path = `items[${index}].status`;
    if (item.blocksLaunch && item.status !== 'selesai') {
      const key = `review.status.${item.status}` as MessageKey;
      const status = { id: { status: t('id', key) }, en: { status: t('en', key) } };
      findings.push(finding({ code: 'checklist-item-open', severity: 'blocker', category: 'kelembagaan-regulasi', source: 'checklist', path, params: { itemId: item.id }, localParams: { id: { ...local.id, ...status.id }, en: { ...local.en, ...status.en } } }));
    } else if (item.status === 'belum') {
      findings.push(finding({ code: 'checklist-item-not-started', severity: 'minor', category: 'kelembagaan-regulasi', source: 'checklist', path, params: { itemId: item.id }, localParams: local }));
    }
  });
  return { basis: 'checklist', met, total, findings };
}
