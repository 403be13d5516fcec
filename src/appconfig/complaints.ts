import type { CompletedRegion } from '../config/completed-region.js';
import type { ComplaintChannel } from '../generated/app-config.types.js';
import { REGION_FIELDS } from '../config/schema-fields.js';

const label = (kind: string) => REGION_FIELDS.label('mpp.complaintChannels[].kind', kind);

/**
 * Complaint channels from `mpp.complaintChannels`, in the answers' order, with SP4N-LAPOR! (the
 * national channel) always listed: added first when the answers leave it out.
 */
export function planComplaintChannels(region: Pick<CompletedRegion, 'mpp'>): ComplaintChannel[] {
  const given = region.mpp.complaintChannels ?? [];
  const channels: ComplaintChannel[] = given.map((c) => ({
    kind: c.kind,
    ...(c.value ? { value: c.value } : {}),
    label: label(c.kind),
    national: c.kind === 'sp4n-lapor',
  }));
  if (!channels.some((c) => c.kind === 'sp4n-lapor')) {
    channels.unshift({ kind: 'sp4n-lapor', label: label('sp4n-lapor'), national: true });
  }
  return channels;
}
