import type { RegionAnswers } from '../generated/region.types.js';
import type { CompletedRegion } from '../config/completed-region.js';
import { isEstimate, provenanceOf } from '../config/provenance.js';
import type { ChecklistFile, Item } from '../generated/checklist.types.js';
import { isVerified } from '../checklist/evidence.js';
import { missingComponents, STANDARD_COMPONENTS } from '../checklist/components.js';
import { WEEKDAYS, DEFAULTS } from '../config/defaults.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Localized } from '../i18n/types.js';
import type { LifeStage } from '../config/launch.js';
import type { PekpppMapping } from '../generated/mapping.types.js';
import { sizeCounters } from '../layout/sizing.js';
import { estimatesOf } from '../config/estimates.js';

/**
 * What the kit knows, read for the PEKPPP pre-assessment: checklist items by catalogue id (a
 * per-agency item counts for its catalogue entry), base levels from the answers, and the hint lines
 * shown beside an indicator. Pure.
 */

export type Column = 'self' | 'reviewer';
type Hints = NonNullable<PekpppMapping['indicators'][number]['hints']>;

function both(key: MessageKey, params?: Record<string, string | number>): Localized {
  return { id: t('id', key, params), en: t('en', key, params) };
}

/** The checklist's items grouped by catalogue id (`mou-instansi/x` -> `mou-instansi`), applicable ones only. */
export function itemsByEntry(checklist: ChecklistFile | undefined): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const item of checklist?.items ?? []) {
    if (!item.applies) continue;
    const entry = item.id.split('/')[0];
    out.set(entry, [...(out.get(entry) ?? []), item]);
  }
  return out;
}

/** An item is met for the region's column when `selesai`, for the reviewer's when verified. */
export function itemMet(item: Item, column: Column): boolean {
  return column === 'self' ? item.status === 'selesai' : isVerified(item);
}

/** Every item of each entry exists and is met. */
export function entriesMet(entries: Map<string, Item[]>, ids: readonly string[], column: Column): boolean {
  return ids.every((id) => {
    const items = entries.get(id) ?? [];
    return items.length > 0 && items.every((item) => itemMet(item, column));
  });
}

/**
 * Base level of indicator 1 from the answers: every service with all 14 components -> 2; some
 * components -> 1 for a planned MPP; else unknown (an operating MPP's unrecorded components are a
 * gap in the kit's data, and no components at all say nothing).
 */
export function standardBase(region: RegionAnswers, stage: LifeStage): number | undefined {
  const missing = region.services.map((s) => missingComponents(s).length);
  if (missing.length > 0 && missing.every((m) => m === 0)) return 2;
  const given = missing.reduce((sum, m) => sum + (STANDARD_COMPONENTS.length - m), 0);
  if (given > 0 && stage === 'planned') return 1;
  return undefined;
}

export const DERIVATIONS: Record<string, (region: RegionAnswers, stage: LifeStage) => number | undefined> = {
  'standard-components': standardBase,
};

function yesNo(value: boolean): Localized {
  return both(value ? 'instrument.yes' : 'instrument.no');
}

function joined(parts: Localized[]): Localized {
  return { id: parts.map((p) => p.id).join(', '), en: parts.map((p) => p.en).join(', ') };
}

/** The hint lines of one indicator: what the kit knows that helps fill it in. */
export function hintLines(hints: Hints | undefined, region: CompletedRegion, checklist: ChecklistFile | undefined, entries: Map<string, Item[]>, stage: LifeStage, derive?: string): Localized[] {
  const lines: Localized[] = [];
  if (derive === 'standard-components') {
    const complete = region.services.filter((s) => missingComponents(s).length === 0).length;
    const given = region.services.reduce((sum, s) => sum + STANDARD_COMPONENTS.length - missingComponents(s).length, 0);
    lines.push(both('instrument.known.components', { given, total: region.services.length * STANDARD_COMPONENTS.length, complete, services: region.services.length }));
    if (stage === 'operating' && complete < region.services.length) lines.push(both('instrument.known.componentsOperating'));
  }
  if (hints?.items?.length) {
    if (!checklist) lines.push(both('instrument.known.noChecklist'));
    else
      for (const id of hints.items) {
        const items = entries.get(id) ?? [];
        if (items.length === 0) {
          lines.push(both('instrument.known.itemMissing', { id }));
          continue;
        }
        const done = items.filter((i) => i.status === 'selesai').length;
        const verified = items.filter(isVerified).length;
        const status = (lang: 'id' | 'en') => (items.length === 1 ? t(lang, `checklist.status.${items[0].status}` as MessageKey) : t(lang, 'instrument.known.itemCount', { done, count: items.length }));
        const extra = (lang: 'id' | 'en') => (verified > 0 ? t(lang, 'instrument.known.verified', { count: verified }) : '');
        const title = items.length === 1 ? items[0].title : { id: id, en: id };
        lines.push({
          id: t('id', 'instrument.known.item', { title: title.id, id, status: status('id'), verified: extra('id') }),
          en: t('en', 'instrument.known.item', { title: title.en, id, status: status('en'), verified: extra('en') }),
        });
      }
  }
  if (hints?.facilities?.length) {
    const have = new Set<string>(region.facilities ?? []);
    if ((region.counters ?? []).some((c) => c.priority === true)) have.add('priority-counter');
    const label = (f: string) => both(`facility.${f}` as MessageKey);
    const present = hints.facilities.filter((f) => have.has(f)).map(label);
    const absent = hints.facilities.filter((f) => !have.has(f)).map(label);
    const none = both('instrument.known.none');
    const p = present.length ? joined(present) : none;
    const a = absent.length ? joined(absent) : none;
    lines.push({ id: t('id', 'instrument.known.facilities', { present: p.id, absent: a.id }), en: t('en', 'instrument.known.facilities', { present: p.en, absent: a.en }) });
  }
  if (hints?.complaintChannels) {
    const channels = (region.mpp.complaintChannels ?? []).map((c) => both(`complaintChannel.kind.${c.kind}` as MessageKey));
    const list = channels.length ? joined(channels) : both('instrument.known.none');
    lines.push({ id: t('id', 'instrument.known.channels', { channels: list.id }), en: t('en', 'instrument.known.channels', { channels: list.en }) });
  }
  // Hours the region did not give are the kit's default: not something the kit knows about this MPP.
  if (hints?.openingHours && !isEstimate(provenanceOf(region, { mpp: 'openingHours' }))) {
    const hours = region.mpp.openingHours as Partial<Record<(typeof WEEKDAYS)[number], { breaks?: unknown[] }>>;
    const open = WEEKDAYS.filter((d) => hours[d]);
    const weekend = Boolean(hours.saturday || hours.sunday);
    const noBreak = open.length > 0 && open.every((d) => (hours[d]?.breaks?.length ?? 0) === 0);
    const w = yesNo(weekend);
    const n = yesNo(noBreak);
    lines.push({ id: t('id', 'instrument.known.hours', { days: open.length, weekend: w.id, noBreak: n.id }), en: t('en', 'instrument.known.hours', { days: open.length, weekend: w.en, noBreak: n.en }) });
  }
  if (hints?.queue) lines.push(both('instrument.known.queue', { share: Math.round((region.mpp.onlineBookingShare ?? DEFAULTS.onlineBookingShare) * 100) }));
  if (hints?.sizing) {
    const sizing = sizeCounters(region);
    const estimates = estimatesOf(region);
    const estimated = estimates.serviceShare > 0 || estimates.agencies.size > 0;
    lines.push(
      both(estimated ? 'instrument.known.sizingEstimated' : 'instrument.known.sizing', {
        planned: sizing.totals.plannedCounters,
        needed: sizing.totals.neededCounters,
        share: Math.round(sizing.targetShare * 100),
        minutes: sizing.maxWaitMinutes,
      }),
    );
  }
  if (hints?.onlineServices) lines.push(both('instrument.known.online', { count: region.services.filter((s) => s.online === true).length, total: region.services.length }));
  return lines;
}
