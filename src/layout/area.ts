import type { CompletedRegion } from '../config/completed-region.js';
import { DEFAULTS } from '../config/defaults.js';
import * as C from './constants.js';
import type { AgencySizing, AreaItem, AreaProgramme, SeatSource, SimulatedWaiting, SizingResult } from './types.js';
import { layoutWarning } from './warnings.js';
import { round } from '../numbers/round.js';
import { buildingPeakWaiting, peakWaitingPeople, seatsFor, seatsForPeople } from './waiting.js';
import { facilityChoice } from './facilities.js';

/** Waiting seats one agency causes at peak (fractional): its 95th percentile of people waiting (see waiting.ts). */
export function agencySeatDemand(agency: AgencySizing): number {
  const known = seatDemands.get(agency);
  if (known !== undefined) return known;
  const demand = peakWaitingPeople([agency]).people;
  seatDemands.set(agency, demand);
  return demand;
}

/** Seat demands already found, by agency sizing (the floor plan asks for each agency on every floor it might take). */
const seatDemands = new WeakMap<AgencySizing, number>();

/** Seats for a set of agencies: the 95th percentile of their people waiting together, rounded up, at least MIN_WAITING_SEATS. */
export function waitingSeats(agencies: readonly AgencySizing[]): number {
  return seatsFor(agencies);
}

/**
 * The building's waiting seats and where they come from: the simulated 95th percentile of people
 * waiting at the busiest hour when a day was simulated, else the analytic (Erlang C) one; rounded up,
 * at least MIN_WAITING_SEATS.
 */
export function seatPlan(sizing: SizingResult, simulated?: SimulatedWaiting): { seats: number; source: SeatSource } {
  const people = simulated ? simulated.people : buildingPeakWaiting(sizing).people;
  const source: SeatSource = simulated
    ? { kind: 'simulated', people, estimated: simulated.estimated }
    : { kind: 'analytic', people: round(people, 2), estimated: false };
  return { seats: seatsForPeople(people), source };
}

/** Walk-in ticket kiosks: peak arrivals not booked online over a kiosk's hourly capacity, at least 1. */
export function ticketKiosks(region: Pick<CompletedRegion, 'mpp'>, sizing: SizingResult): number {
  const online = region.mpp.onlineBookingShare ?? DEFAULTS.onlineBookingShare;
  return Math.max(1, Math.ceil((sizing.totals.arrivalsPerHour * (1 - online)) / C.TICKETS_PER_KIOSK_PER_HOUR - 1e-9));
}

/** Back office area for a number of counters. */
export function backOfficeArea(counters: number): number {
  return Math.max(C.BACK_OFFICE_MIN_M2, counters * C.BACK_OFFICE_M2_PER_COUNTER);
}

/**
 * The area programme: every space with its allowance, compared with the floors' area. Facilities are
 * counted when the region chose them or a rule requires them (then `requiredBy` names the rule), the
 * same spaces the floor plan draws. Seats follow `simulated` when given (see seatPlan). Pure.
 */
export function areaProgramme(region: CompletedRegion, sizing: SizingResult, simulated?: SimulatedWaiting): AreaProgramme {
  const facilities = facilityChoice(region);
  const { seats, source } = seatPlan(sizing, simulated);
  const kiosks = facilities.drawn('ticket-kiosk') ? ticketKiosks(region, sizing) : 0;
  const counters = sizing.totals.layoutCounters;
  const floorsCount = region.mpp.floors.length;
  const item = (kind: AreaItem['kind'], count: number, unitArea: number, facility = false): AreaItem => {
    const out: AreaItem = { kind, count, unitArea: round(unitArea, 2), area: round(count * unitArea, 2) };
    if (facility) out.declared = facilities.declared(kind);
    const rule = facilities.requiredBy(kind);
    if (rule !== undefined) out.requiredBy = rule;
    return out;
  };
  const optional = (kind: AreaItem['kind'], count: number, unitArea: number): AreaItem[] => (facilities.drawn(kind) ? [item(kind, count, unitArea, true)] : []);
  const payment = region.mpp.payment;
  const items: AreaItem[] = [
    item('agency-counters', counters, C.COUNTER_M2),
    item('waiting-area', seats, C.WAITING_SEAT_M2, true),
    item('entrance', 1, C.ENTRANCE_WIDTH_M * C.ENTRANCE_DEPTH_M),
    ...optional('information-desk', 1, C.INFORMATION_DESK_WIDTH_M * C.INFORMATION_DESK_DEPTH_M),
    ...optional('ticket-kiosk', kiosks, C.KIOSK_WIDTH_M * C.KIOSK_DEPTH_M),
    ...optional('priority-counter', 1, C.PRIORITY_COUNTER_M2),
    ...optional('complaint-desk', 1, C.COMPLAINT_DESK_M2),
    ...(payment && payment.counters > 0 ? [item('payment-counters', payment.counters, C.COUNTER_M2)] : []),
    ...optional('lactation-room', 1, C.LACTATION_WIDTH_M * C.LACTATION_DEPTH_M),
    ...optional('children-corner', 1, C.CORE_WIDTH_M * C.CHILDREN_CORNER_DEPTH_M),
    ...optional('accessible-toilet', C.ACCESSIBLE_TOILETS, C.CORE_WIDTH_M * C.CORE_TOILET_DEPTH_M),
    ...optional('prayer-room', 1, C.PRAYER_ROOM_WIDTH_M * C.PRAYER_ROOM_DEPTH_M),
    ...optional('first-aid', 1, C.FIRST_AID_WIDTH_M * C.FIRST_AID_DEPTH_M),
    ...(facilities.drawn('stairs') ? [item('stairs', floorsCount, C.CORE_WIDTH_M * C.STAIRS_DEPTH_M)] : []),
    ...(facilities.drawn('lift') ? [item('lift', floorsCount, C.CORE_WIDTH_M * C.LIFT_DEPTH_M, true)] : []),
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
    seatSource: source,
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
