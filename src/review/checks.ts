import type { CompletedRegion } from '../config/completed-region.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import { DEFAULTS } from '../config/defaults.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import { finding, type FindingInput } from './finding.js';
import type { LifeStage } from '../config/launch.js';
import { estimatesOf } from '../config/estimates.js';
import { facilityLabel, localized } from './reasons.js';
import type { CategoryId, CategoryResult, ReviewCheck, ReviewWeights, Severity } from './types.js';

export interface CheckContext {
  region: CompletedRegion;
  checklist?: ChecklistFile;
  weights: ReviewWeights;
  stage: LifeStage;
}

/** What a missing share costs for a finding of this severity (data/review-weights.yaml severityImpact). */
export function impact(weights: ReviewWeights, severity: Severity): number {
  return weights.severityImpact[severity];
}

/** What a check found: whether it applies, how much of it passes (0-1) and, when it fails, the finding. */
export interface CheckOutcome {
  applies: boolean;
  pass: number;
  finding?: Omit<FindingInput, 'severity' | 'category'>;
}

/** Credit of a checklist item's status, or undefined when it does not count (not applicable). */
export function statusCredit(weights: ReviewWeights, item: ChecklistFile['items'][number]): number | undefined {
  if (!item.applies || item.status === 'tidak-berlaku') return undefined;
  return weights.statusCredit[item.status];
}

/** The checks that are not facility checks, by id. A check id in the weights without code here is a bug. */
export const CHECKS: Record<string, (ctx: CheckContext) => CheckOutcome> = {
  'launch-date': ({ region, stage }) => {
    if (stage === 'operating') return { applies: false, pass: 0 };
    return region.mpp.launchDate ? { applies: true, pass: 1 } : { applies: true, pass: 0, finding: { code: 'launch-date-missing', path: 'mpp.launchDate' } };
  },
  'agencies-confirmed': ({ region, checklist }) => {
    if (checklist) return { applies: false, pass: 0 };
    const estimated = estimatesOf(region).unconfirmedAgencies.size;
    const total = region.agencies.length;
    if (estimated === 0) return { applies: true, pass: 1 };
    return { applies: true, pass: (total - estimated) / total, finding: { code: 'agencies-estimated', path: 'agencies', params: { count: estimated, total } } };
  },
  'complaint-channel': ({ region }) =>
    (region.mpp.complaintChannels?.length ?? 0) > 0
      ? { applies: true, pass: 1 }
      : { applies: true, pass: 0, finding: { code: 'complaint-channel-missing', path: 'mpp.complaintChannels' } },
  'sp4n-lapor': ({ region }) => {
    const channels = region.mpp.complaintChannels ?? [];
    if (channels.length === 0) return { applies: false, pass: 0 };
    return channels.some((c) => c.kind === 'sp4n-lapor')
      ? { applies: true, pass: 1 }
      : { applies: true, pass: 0, finding: { code: 'sp4n-lapor-missing', path: 'mpp.complaintChannels' } };
  },
  'online-booking': ({ region }) =>
    (region.mpp.onlineBookingShare ?? DEFAULTS.onlineBookingShare) > 0
      ? { applies: true, pass: 1 }
      : { applies: true, pass: 0, finding: { code: 'online-booking-off', path: 'mpp.onlineBookingShare' } },
  'online-services': ({ region }) =>
    region.services.some((s) => s.online === true) ? { applies: true, pass: 1 } : { applies: true, pass: 0, finding: { code: 'online-services-missing', path: 'services' } },
  skm: ({ checklist, weights }) => {
    const index = checklist?.items.findIndex((i) => i.id === 'skm-elektronik') ?? -1;
    if (!checklist || index < 0) return { applies: true, pass: 1 };
    const item = checklist.items[index];
    const credit = statusCredit(weights, item);
    if (credit === undefined) return { applies: false, pass: 0 };
    if (item.status !== 'belum') return { applies: true, pass: credit };
    // An operating MPP only confirms the survey is in place.
    const code = item.confirmMet ? 'checklist-item-unconfirmed' : 'skm-not-started';
    const local = { id: { item: item.title.id, evidence: item.evidence.id }, en: { item: item.title.en, evidence: item.evidence.en } };
    return { applies: true, pass: credit, finding: { code, path: `items[${index}].status`, source: 'checklist', localParams: local } };
  },
};

/** A facility check: passes when the facility is in the answers (a priority counter also by `priority: true`). */
function facilityCheck(check: ReviewCheck, { region }: CheckContext): CheckOutcome {
  const facility = check.facility!;
  if (check.onlyWhen === 'multipleFloors' && region.mpp.floors.length <= 1) return { applies: false, pass: 0 };
  const present = (region.facilities ?? []).includes(facility) || (facility === 'priority-counter' && (region.counters ?? []).some((c) => c.priority === true));
  if (present) return { applies: true, pass: 1 };
  const key = `facility.${facility}` as MessageKey;
  return {
    applies: true,
    pass: 0,
    finding: { code: 'facility-missing', path: 'facilities', params: { value: facility }, localParams: { id: { facility: t('id', key) }, en: { facility: t('en', key) } } },
  };
}

/**
 * Runs the weighted checks of one category: `met` = passing weight of the `total` applicable weight;
 * a failing share costs its weight times the impact of the check's severity.
 */
export function runChecks(category: CategoryId, ctx: CheckContext): CategoryResult {
  let met = 0;
  let total = 0;
  let lost = 0;
  const findings: CategoryResult['findings'] = [];
  const failed: string[] = [];
  for (const check of ctx.weights.checks.filter((c) => c.category === category)) {
    const run = check.facility ? (c: CheckContext) => facilityCheck(check, c) : CHECKS[check.id];
    if (!run) throw new Error(`review check "${check.id}" in data/review-weights.yaml has no implementation`);
    const outcome = run(ctx);
    if (!outcome.applies) continue;
    total += check.weight;
    met += check.weight * outcome.pass;
    lost += check.weight * (1 - outcome.pass) * impact(ctx.weights, check.severity);
    if (outcome.finding) {
      findings.push(finding({ ...outcome.finding, severity: check.severity, category }));
      failed.push(check.id);
    }
  }
  const reasons = [localized('review.reason.checks', { met: round1(met), total: round1(total) })];
  const missing = failed.map((id) => {
    const check = ctx.weights.checks.find((c) => c.id === id)!;
    return check.facility ? facilityLabel(check.facility) : localized(`review.check.${id}` as MessageKey);
  });
  if (missing.length > 0) reasons.push({ id: t('id', 'review.reason.missing', { list: missing.map((m) => m.id).join(', ') }), en: t('en', 'review.reason.missing', { list: missing.map((m) => m.en).join(', ') }) });
  if (ctx.stage === 'operating' && category === 'kelembagaan-regulasi') reasons.unshift(localized('review.reason.operatingInstitutions'));
  return { basis: 'answers', met, total, lost, findings, reasons };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
