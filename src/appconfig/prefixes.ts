import type { ValidAgency } from '../config/valid-region.js';
import { InputError } from '../config/errors.js';

/** The n-th prefix (0-based) of the sequence A..Z, AA..AZ, BA..ZZ, AAA.. (bijective base 26). */
export function prefixAt(n: number): string {
  let out = '';
  let k = n + 1;
  while (k > 0) {
    const r = (k - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    k = Math.floor((k - 1) / 26);
  }
  return out;
}

export interface AssignedPrefix {
  agency: string;
  prefix: string;
  /** True when the answers set the prefix (`ticketPrefix`). */
  fixed: boolean;
}

/**
 * Ticket prefixes per agency, in the agencies' order. Stable across re-runs:
 * 1. an agency's own `ticketPrefix` wins;
 * 2. else the prefix the agency had in the previous app config, unless another agency now claims
 *    that letter with its own `ticketPrefix` (or it is malformed);
 * 3. else the first free prefix of A, B, ..., Z, AA, AB, ...
 * So adding an agency never renumbers the others, and removing one frees its letters.
 * Two agencies with the same `ticketPrefix` are an input error (the answers' cross rules report
 * it first; this guard keeps the function total).
 */
export function assignTicketPrefixes(
  agencies: ReadonlyArray<Pick<ValidAgency, 'id' | 'ticketPrefix'>>,
  previous?: ReadonlyArray<{ id: string; prefix: string }>,
): AssignedPrefix[] {
  const taken = new Map<string, string>();
  for (const [index, agency] of agencies.entries()) {
    if (!agency.ticketPrefix) continue;
    const owner = taken.get(agency.ticketPrefix);
    if (owner !== undefined && owner !== agency.id) {
      throw new InputError([
        {
          path: `agencies[${index}].ticketPrefix`,
          code: 'duplicate-prefix',
          message: `ticket prefix ${agency.ticketPrefix} is used by ${owner} and ${agency.id}`,
        },
      ]);
    }
    taken.set(agency.ticketPrefix, agency.id);
  }
  const previousByAgency = new Map((previous ?? []).map((p) => [p.id, p.prefix]));
  const result = new Map<string, AssignedPrefix>();
  for (const agency of agencies) {
    if (agency.ticketPrefix) result.set(agency.id, { agency: agency.id, prefix: agency.ticketPrefix, fixed: true });
  }
  for (const agency of agencies) {
    if (result.has(agency.id)) continue;
    const old = previousByAgency.get(agency.id);
    if (old && /^[A-Z]{1,3}$/.test(old) && !taken.has(old)) {
      taken.set(old, agency.id);
      result.set(agency.id, { agency: agency.id, prefix: old, fixed: false });
    }
  }
  let next = 0;
  for (const agency of agencies) {
    if (result.has(agency.id)) continue;
    while (taken.has(prefixAt(next))) next++;
    const prefix = prefixAt(next);
    taken.set(prefix, agency.id);
    result.set(agency.id, { agency: agency.id, prefix, fixed: false });
  }
  return agencies.map((a) => result.get(a.id) as AssignedPrefix);
}
