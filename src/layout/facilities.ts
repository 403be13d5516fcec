import type { CompletedRegion } from '../config/completed-region.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { ZoneKind } from './types.js';

/** Facilities that take floor space, as the answers name them. */
const FACILITY_ZONES = ['information-desk', 'ticket-kiosk', 'priority-counter', 'complaint-desk', 'lactation-room', 'children-corner', 'accessible-toilet', 'prayer-room', 'first-aid'] as const;
export type FacilityZone = (typeof FACILITY_ZONES)[number];

/**
 * Spaces drawn even when the region did not list them, because a rule requires them; the plan and
 * the area programme label them with the rule (the message's key). Everything else is drawn only
 * when the region chose it.
 */
export const REQUIRED_BY_RULE: Partial<Record<ZoneKind, MessageKey>> = {
  'accessible-toilet': 'layout.rule.accessibleToilet',
  'lactation-room': 'layout.rule.lactation',
  'priority-counter': 'layout.rule.priority',
};
/** On a building of several floors: stairs between them, and a lift so that every counter stays reachable without steps. */
export const REQUIRED_ON_SEVERAL_FLOORS: Partial<Record<ZoneKind, MessageKey>> = {
  stairs: 'layout.rule.stairs',
  lift: 'layout.rule.lift',
};

export interface FacilityChoice {
  /** The space is drawn (chosen by the region or required by a rule). */
  drawn(kind: ZoneKind): boolean;
  /** The rule's catalogue key when the space is drawn only because a rule requires it. */
  requiredBy(kind: ZoneKind): string | undefined;
  /** The region listed it. */
  declared(kind: ZoneKind): boolean;
}

/** Which facility spaces the plan and the area programme contain for this region. Pure. */
export function facilityChoice(region: Pick<CompletedRegion, 'facilities' | 'mpp'>): FacilityChoice {
  const chosen = new Set<string>(region.facilities ?? []);
  const several = region.mpp.floors.length > 1;
  const rule = (kind: ZoneKind): MessageKey | undefined => REQUIRED_BY_RULE[kind] ?? (several ? REQUIRED_ON_SEVERAL_FLOORS[kind] : undefined);
  const declared = (kind: ZoneKind): boolean => chosen.has(kind === 'lift' ? 'elevator' : kind);
  return {
    declared,
    drawn: (kind) => {
      if (kind === 'stairs' || kind === 'lift') return several;
      if (!(FACILITY_ZONES as readonly string[]).includes(kind)) return true;
      return declared(kind) || rule(kind) !== undefined;
    },
    requiredBy: (kind) => (declared(kind) ? undefined : rule(kind)),
  };
}
