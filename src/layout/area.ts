import type { RegionAnswers } from '../config/region.types.js';
import { DEFAULTS } from '../config/defaults.js';
import * as C from './constants.js';
import type { AgencySizing, AreaItem, AreaProgramme, SizingResult } from './types.js';
import { layoutWarning } from './warnings.js';
import { round } from './round.js';
import { peakWaitingPeople, seatsFor } from './waiting.js';

/** Waiting seats one agency causes at peak (fractional): its 95th percentile of people waiting (see waiting.ts). */
export function agencySeatDemand(agency: AgencySizing): number {
  return peakWaitingPeople([agency]).people;
}

/** Seats for a set of agencies: the 95th percentile of their people waiting together, rounded up, at least MIN_WAITING_SEATS. */
export function waitingSeats(agencies: readonly AgencySizing[]): number {
  return seatsFor(agencies);
}

/** Walk-in ticket kiosks: peak arrivals not booked online over a kiosk's hourly capacity, at least 1. */
export function ticketKiosks(region: Pick<RegionAnswers, 'mpp'>, sizing: SizingResult): number {
  const online = region.mpp.onlineBookingShare ?? DEFAULTS.onlineBookingShare;
  return Math.max(1, Math.ceil((sizing.totals.arrivalsPerHour * (1 - online)) / C.TICKETS_PER_KIOSK_PER_HOUR - 1e-9));
}

/** Back office area for a number of counters. */
export function backOfficeArea(counters: number): number {
  return Math.max(C.BACK_OFFICE_MIN_M2, counters * C.BACK_OFFICE_M2_PER_COUNTER);
}

/** The area programme: every space with its allowance, compared with the floors' area. Pure. */
export function areaProgramme(region: RegionAnswers, sizing: SizingResult): AreaProgramme {
  const declared = new Set(region.facilities ?? []);
  const seats = waitingSeats(sizing.agencies);
  const kiosks = ticketKiosks(region, sizing);
  const counters = sizing.totals.layoutCounters;
  const item = (kind: AreaItem['kind'], count: number, unitArea: number, facility = false): AreaItem => {
    const out: AreaItem = { kind, count, unitArea: round(unitArea, 2), area: round(count * unitArea, 2) };
    if (facility) out.declared = declared.has(kind as never);
    return out;
  };
  const items: AreaItem[] = [
    item('agency-counters', counters, C.COUNTER_M2),
    item('waiting-area', seats, C.WAITING_SEAT_M2, true),
    item('entrance', 1, C.ENTRANCE_WIDTH_M * C.ENTRANCE_DEPTH_M),
    item('information-desk', 1, C.INFORMATION_DESK_WIDTH_M * C.INFORMATION_DESK_DEPTH_M, true),
    item('ticket-kiosk', kiosks, C.KIOSK_WIDTH_M * C.KIOSK_DEPTH_M, true),
    item('priority-counter', 1, C.PRIORITY_COUNTER_M2, true),
    item('complaint-desk', 1, C.COMPLAINT_DESK_M2, true),
    item('lactation-room', 1, C.LACTATION_WIDTH_M * C.LACTATION_DEPTH_M, true),
    item('children-corner', 1, C.CHILDREN_CORNER_WIDTH_M * C.CHILDREN_CORNER_DEPTH_M, true),
    item('accessible-toilet', C.ACCESSIBLE_TOILETS, C.ACCESSIBLE_TOILET_WIDTH_M * C.ACCESSIBLE_TOILET_DEPTH_M, true),
    item('back-office', 1, backOfficeArea(counters)),
  ];
  const netArea = round(items.reduce((s, i) => s + i.area, 0), 2);
  const circulationArea = round(netArea * C.CIRCULATION_FACTOR, 2);
  const neededArea = round(netArea + circulationArea, 2);
  const availableArea = round(region.mpp.floors.reduce((s, f) => s + f.width * f.depth, 0), 2);
  const missingArea = neededArea > availableArea ? round(neededArea - availableArea, 2) : 0;
  const warnings = missingArea > 0
    ? [layoutWarning('area-short', 'warning', 'layout.warning.areaShort', { missing: missingArea, needed: neededArea, available: availableArea }, 'mpp.floors')]
    : [];
  return {
    items,
    waitingSeats: seats,
    ticketKiosks: kiosks,
    netArea,
    circulationFactor: C.CIRCULATION_FACTOR,
    circulationArea,
    neededArea,
    availableArea,
    missingArea,
    warnings,
  };
}
