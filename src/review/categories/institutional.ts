import { t, type MessageKey, type Params } from '../../i18n/catalogue.js';
import { isVerified } from '../../checklist/evidence.js';
import { finding } from '../finding.js';
import { impact, runChecks, statusCredit, type CheckContext } from '../checks.js';
import { localized } from '../reasons.js';
import type { CategoryResult, Severity } from '../types.js';

/**
 * Kelembagaan & regulasi. With a checklist: the statuses of the items in `weights.institutionalPhases`
 * (credit per status from the weights). For a planned MPP an item that blocks the launch and is not
 * done is a blocker, an item not started is minor. For an operating MPP a preparation item is only
 * to be confirmed: not confirmed yet is minor, never a blocker. Without a checklist: the answers'
 * checks of this category.
 */
export function assessInstitutional(ctx: CheckContext): CategoryResult {
  const { checklist, weights } = ctx;
  if (!checklist) return runChecks('kelembagaan-regulasi', ctx);
  const phases = new Set(weights.institutionalPhases);
  const findings: CategoryResult['findings'] = [];
  let met = 0;
  let total = 0;
  let lost = 0;
  let verified = 0;
  let unconfirmed = 0;
  checklist.items.forEach((item, index) => {
    if (!phases.has(item.phase)) return;
    const credit = statusCredit(weights, item);
    if (credit === undefined) return;
    met += credit;
    total += 1;
    if (isVerified(item)) verified++;
    const local = { id: { item: item.title.id, owner: item.ownerRole.id, evidence: item.evidence.id }, en: { item: item.title.en, owner: item.ownerRole.en, evidence: item.evidence.en } };
    const path = `items[${index}].status`;
    const agency = item.subject?.id;
    const params: Params = item.subject ? { itemId: item.id, agency: item.subject.name } : { itemId: item.id };
    const base = { category: 'kelembagaan-regulasi' as const, source: 'checklist' as const, path, params, ...(agency ? { agency } : {}) };
    let severity: Severity = 'minor';
    if (item.confirmMet && item.status !== 'selesai') {
      unconfirmed++;
      findings.push(finding({ ...base, code: 'checklist-item-unconfirmed', severity, localParams: local }));
    } else if (item.blocksLaunch && !item.confirmMet && item.status !== 'selesai') {
      severity = 'blocker';
      const key = `review.status.${item.status}` as MessageKey;
      const status = { id: { status: t('id', key) }, en: { status: t('en', key) } };
      findings.push(finding({ ...base, code: 'checklist-item-open', severity, localParams: { id: { ...local.id, ...status.id }, en: { ...local.en, ...status.en } } }));
    } else if (item.status === 'belum') {
      findings.push(finding({ ...base, code: 'checklist-item-not-started', severity, localParams: local }));
    }
    lost += (1 - credit) * impact(weights, severity);
  });
  const reasons = [localized('review.reason.checklistItems', { total, met, verified })];
  if (ctx.stage === 'operating') reasons.unshift(localized('review.reason.operatingChecklist', { count: unconfirmed }));
  return { basis: 'checklist', met, total, lost, findings, reasons };
}
